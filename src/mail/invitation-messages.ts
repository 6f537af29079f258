import type { InvitationLanguage } from '../domain/invitations.ts';

/**
 * The invitation email in each language. Placeholders: {product}, {account}, {key}, {email},
 * {date}, {url}. Values are escaped for HTML where they are put in; the texts here are trusted.
 */
export interface InvitationText {
  subject: string;
  title: string;
  intro: string;
  codeLabel: string;
  validity: string;
  stepsTitle: string;
  download: string;
  downloadButton: string;
  noDownload: string;
  install: string;
  activate: string;
  footer: string;
}

export const INVITATION_TEXTS: Record<InvitationLanguage, InvitationText> = {
  en: {
    subject: 'Your activation code for {product}',
    title: '{account} invites you to use {product}',
    intro: '{account} has given you a license for {product}. Use the personal activation code below to activate it on your computer.',
    codeLabel: 'Your activation code',
    validity: 'The code activates one computer and expires on {date}.',
    stepsTitle: 'How to get started',
    download: 'Download {product}: {url}',
    downloadButton: 'Download {product}',
    noDownload: 'Get {product} from your IT department.',
    install: 'Install {product} and open it.',
    activate: 'When asked for a license, choose "Activate with a code" and enter the code above.',
    footer: 'This invitation was sent to {email} for the "{key}" group of {account}. If you did not expect it, you can ignore this message.',
  },
  de: {
    subject: 'Ihr Aktivierungscode für {product}',
    title: '{account} lädt Sie ein, {product} zu verwenden',
    intro: '{account} hat Ihnen eine Lizenz für {product} zugewiesen. Aktivieren Sie es auf Ihrem Computer mit dem persönlichen Aktivierungscode unten.',
    codeLabel: 'Ihr Aktivierungscode',
    validity: 'Der Code aktiviert einen Computer und läuft am {date} ab.',
    stepsTitle: 'So geht es los',
    download: 'Laden Sie {product} herunter: {url}',
    downloadButton: '{product} herunterladen',
    noDownload: 'Sie erhalten {product} von Ihrer IT-Abteilung.',
    install: 'Installieren und öffnen Sie {product}.',
    activate: 'Wenn nach einer Lizenz gefragt wird, wählen Sie „Mit Code aktivieren“ und geben Sie den Code oben ein.',
    footer: 'Diese Einladung wurde an {email} für die Gruppe „{key}“ von {account} gesendet. Wenn Sie sie nicht erwartet haben, können Sie diese Nachricht ignorieren.',
  },
  fr: {
    subject: "Votre code d'activation pour {product}",
    title: '{account} vous invite à utiliser {product}',
    intro: "{account} vous a attribué une licence de {product}. Utilisez le code d'activation personnel ci-dessous pour l'activer sur votre ordinateur.",
    codeLabel: "Votre code d'activation",
    validity: 'Le code active un seul ordinateur et expire le {date}.',
    stepsTitle: 'Pour commencer',
    download: 'Téléchargez {product} : {url}',
    downloadButton: 'Télécharger {product}',
    noDownload: 'Procurez-vous {product} auprès de votre service informatique.',
    install: 'Installez {product} et ouvrez-le.',
    activate: "Lorsqu'une licence vous est demandée, choisissez « Activer avec un code » et saisissez le code ci-dessus.",
    footer: "Cette invitation a été envoyée à {email} pour le groupe « {key} » de {account}. Si vous ne l'attendiez pas, vous pouvez ignorer ce message.",
  },
  es: {
    subject: 'Su código de activación para {product}',
    title: '{account} le invita a usar {product}',
    intro: '{account} le ha asignado una licencia de {product}. Use el código de activación personal que aparece abajo para activarlo en su ordenador.',
    codeLabel: 'Su código de activación',
    validity: 'El código activa un solo ordenador y caduca el {date}.',
    stepsTitle: 'Cómo empezar',
    download: 'Descargue {product}: {url}',
    downloadButton: 'Descargar {product}',
    noDownload: 'Solicite {product} a su departamento de TI.',
    install: 'Instale {product} y ábralo.',
    activate: 'Cuando se le pida una licencia, elija «Activar con un código» e introduzca el código de arriba.',
    footer: 'Esta invitación se envió a {email} para el grupo «{key}» de {account}. Si no la esperaba, puede ignorar este mensaje.',
  },
  ja: {
    subject: '{product} のアクティベーションコード',
    title: '{account} から {product} への招待が届いています',
    intro: '{account} があなたに {product} のライセンスを割り当てました。以下の個人用アクティベーションコードを使って、お使いのコンピュータでアクティベートしてください。',
    codeLabel: 'あなたのアクティベーションコード',
    validity: 'このコードで 1 台のコンピュータをアクティベートできます。有効期限は {date} です。',
    stepsTitle: 'はじめ方',
    download: '{product} をダウンロード: {url}',
    downloadButton: '{product} をダウンロード',
    noDownload: '{product} は IT 部門から入手してください。',
    install: '{product} をインストールして起動します。',
    activate: 'ライセンスを求められたら「コードでアクティベート」を選び、上記のコードを入力します。',
    footer: 'この招待は {account} の「{key}」グループのために {email} 宛てに送信されました。心当たりがない場合は、このメッセージを無視してください。',
  },
};

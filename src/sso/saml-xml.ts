import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import type { Document, Element } from '@xmldom/xmldom';

export const NS = {
  protocol: 'urn:oasis:names:tc:SAML:2.0:protocol',
  assertion: 'urn:oasis:names:tc:SAML:2.0:assertion',
  metadata: 'urn:oasis:names:tc:SAML:2.0:metadata',
  dsig: 'http://www.w3.org/2000/09/xmldsig#',
} as const;

/** Why a text is not a document we read: too large, a DOCTYPE (entities, XXE), or not XML. */
export type XmlRefusal = 'too large' | 'a DOCTYPE is not allowed' | 'not XML';

export type XmlParse = { doc: Document; root: Element } | { refused: XmlRefusal };

/**
 * Parses untrusted XML: refuses a DOCTYPE (no entity of any kind is ever expanded) and stops at
 * the first error instead of guessing what was meant.
 */
export function parseXml(text: string, maxChars: number): XmlParse {
  if (text.length > maxChars) return { refused: 'too large' };
  if (/<!DOCTYPE/i.test(text)) return { refused: 'a DOCTYPE is not allowed' };
  try {
    const doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'text/xml');
    const root = doc.documentElement;
    if (!root || doc.doctype) return { refused: root ? 'a DOCTYPE is not allowed' : 'not XML' };
    return { doc, root };
  } catch {
    return { refused: 'not XML' };
  }
}

/** The element children of `parent` named `local` in namespace `ns` (direct children only). */
export function children(parent: Element, ns: string, local: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE) {
      const element = node as Element;
      if (element.namespaceURI === ns && element.localName === local) found.push(element);
    }
  }
  return found;
}

export const child = (parent: Element, ns: string, local: string): Element | undefined => children(parent, ns, local)[0];

/** The element's text, trimmed; null when it has none. */
export function text(element: Element | undefined): string | null {
  const value = element?.textContent?.trim();
  return value ? value : null;
}

/** An attribute's value, or null when it is absent (an empty attribute is kept as ''). */
export const attribute = (element: Element | undefined, name: string): string | null =>
  element?.hasAttribute(name) ? element.getAttribute(name) : null;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies an Allot device certificate offline, with nothing but the JDK (Java 17+, whose
 * java.security has Ed25519 built in). See docs/client.md, "Verifying a certificate offline".
 *
 * <pre>
 *   javac -d out VerifyCertificate.java
 *   java -cp out VerifyCertificate jwks.json certificate.jws [--issuer URL] [--fingerprint FP]
 *                                  [--now EPOCH_SECONDS] [--skew SECONDS]
 * </pre>
 *
 * Each of the first two arguments is a file, or the text itself (a JWKS starts with "{", a
 * certificate with "ey"). Exit codes: 0 the certificate is valid (its claims are printed),
 * 1 it is not (the reason is printed on standard error), 2 bad usage or unreadable input,
 * 3 its kid is not in the JWKS: fetch /.well-known/jwks.json again once (the signing key was
 * rotated) and retry before refusing.
 *
 * The certificate is valid while now < checkInBy (= exp), never after. --skew (seconds, 300 by
 * default) is how far the certificate's iat may be ahead of now: the server's clock ahead of this
 * machine's. A real client also keeps the highest time it has seen and uses it as "now" when the
 * clock is behind it, so that setting the clock back cannot extend a certificate (--now is that
 * time, in seconds).
 */
public final class VerifyCertificate {
  static final String TYPE = "allot-certificate+jwt";
  /** The DER of an Ed25519 SubjectPublicKeyInfo up to the key (RFC 8410): the 32 bytes of x follow. */
  static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
  /** Standard output in UTF-8 whatever the locale (names and descriptions are any text). */
  static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

  public static void main(String[] args) {
    try {
      System.exit(run(args));
    } catch (Refused e) {
      System.err.println("REFUSED: " + e.getMessage());
      System.exit(e.exitCode);
    }
  }

  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int exitCode;

    Refused(int exitCode, String message) {
      super(message);
      this.exitCode = exitCode;
    }
  }

  static Refused invalid(String message) {
    return new Refused(1, message);
  }

  static int run(String[] args) {
    List<String> positional = new ArrayList<>();
    String issuer = null;
    String fingerprint = null;
    long now = Instant.now().getEpochSecond();
    long skew = 300;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("--")) {
        if (i + 1 >= args.length) throw new Refused(2, a + " needs a value");
        String v = args[++i];
        switch (a) {
          case "--issuer" -> issuer = v;
          case "--fingerprint" -> fingerprint = v;
          case "--now" -> now = parseLong(a, v);
          case "--skew" -> skew = parseLong(a, v);
          default -> throw new Refused(2, "unknown option " + a);
        }
      } else {
        positional.add(a);
      }
    }
    if (positional.size() != 2) {
      System.err.println(
          "usage: VerifyCertificate <jwks.json> <certificate> [--issuer URL] [--fingerprint FP] [--now EPOCH_SECONDS] [--skew SECONDS]");
      return 2;
    }
    Object jwks = Json.parse(textOf(positional.get(0)));
    String certificate = textOf(positional.get(1)).trim();

    Map<String, Object> claims = verify(jwks, certificate, issuer, fingerprint, now, skew);
    print(claims, now);
    return 0;
  }

  /** Verifies the certificate's signature and claims; returns the claims, or throws Refused. */
  static Map<String, Object> verify(Object jwks, String certificate, String issuer, String fingerprint, long now, long skew) {
    // 1. A compact JWS: three base64url parts.
    String[] parts = certificate.split("\\.", -1);
    if (parts.length != 3) throw invalid("not a compact JWS (expected header.payload.signature)");
    Map<String, Object> header = object(Json.parse(utf8(b64(parts[0], "header"))), "header");

    // 2. The header: EdDSA, our type, a kid.
    if (!"EdDSA".equals(header.get("alg"))) throw invalid("alg is " + header.get("alg") + ", expected EdDSA");
    if (!TYPE.equals(header.get("typ"))) throw invalid("typ is " + header.get("typ") + ", expected " + TYPE);
    if (!(header.get("kid") instanceof String kid)) throw invalid("the header has no kid");

    // 3. The key of that kid. Unknown: the caller refetches the JWKS once (rotation), then refuses.
    Map<String, Object> jwk = null;
    for (Object k : list(object(jwks, "JWKS").get("keys"), "JWKS keys")) {
      Map<String, Object> candidate = object(k, "JWK");
      if (kid.equals(candidate.get("kid"))) jwk = candidate;
    }
    if (jwk == null) throw new Refused(3, "kid " + kid + " is not in the JWKS: refetch /.well-known/jwks.json once, then refuse");
    if (!"OKP".equals(jwk.get("kty")) || !"Ed25519".equals(jwk.get("crv"))) throw invalid("the key " + kid + " is not an Ed25519 (OKP) key");
    if (!(jwk.get("x") instanceof String x)) throw invalid("the key " + kid + " has no x");

    // 4. The signature, over the ASCII bytes of "header.payload" exactly as received.
    byte[] signature = b64(parts[2], "signature");
    byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(ed25519PublicKey(b64(x, "the key's x")));
      verifier.update(signingInput);
      if (signature.length != 64 || !verifier.verify(signature)) throw invalid("the signature does not verify (tampered, or another key)");
    } catch (GeneralSecurityException e) {
      throw invalid("the signature does not verify: " + e.getMessage());
    }

    // 5. The claims: only now can they be trusted.
    Map<String, Object> claims = object(Json.parse(utf8(b64(parts[1], "payload"))), "payload");
    if (issuer != null && !issuer.equals(claims.get("iss"))) throw invalid("iss is " + claims.get("iss") + ", expected " + issuer);
    if (fingerprint != null && !fingerprint.equals(claims.get("fingerprint")))
      throw invalid("the certificate is for the fingerprint " + claims.get("fingerprint") + ", not this machine's");
    long exp = numericDate(claims, "exp");
    long checkInBy = claims.containsKey("checkInBy") ? numericDate(claims, "checkInBy") : exp;
    long until = Math.min(exp, checkInBy);
    // Valid until checkInBy, never after it: no tolerance at that end.
    if (now >= until) throw invalid("expired at " + Instant.ofEpochSecond(until) + " (now " + Instant.ofEpochSecond(now) + "): check in");
    // The tolerance is for the server's clock being ahead of this machine's: iat a little in the future.
    if (numericDate(claims, "iat") > now + skew)
      throw invalid("issued in the future (" + Instant.ofEpochSecond(numericDate(claims, "iat")) + "): this machine's clock is behind");
    return claims;
  }

  /** x is the raw 32-byte public key (RFC 8037): put it after the fixed SPKI prefix. */
  static PublicKey ed25519PublicKey(byte[] x) throws GeneralSecurityException {
    if (x.length != 32) throw invalid("an Ed25519 key's x must be 32 bytes, not " + x.length);
    byte[] spki = new byte[ED25519_SPKI_PREFIX.length + x.length];
    System.arraycopy(ED25519_SPKI_PREFIX, 0, spki, 0, ED25519_SPKI_PREFIX.length);
    System.arraycopy(x, 0, spki, ED25519_SPKI_PREFIX.length, x.length);
    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
  }

  // ---- Output ----

  static void print(Map<String, Object> c, long now) {
    OUT.println("certificate VALID");
    row("activation (sub)", c.get("sub"));
    row("issuer", c.get("iss"));
    row("product", c.get("product"));
    row("account", c.get("accountId"));
    row("subscription", c.get("subscriptionId"));
    row("key", c.get("keyId") + " (" + c.get("keyType") + ")");
    row("activation type", c.get("activationType"));
    row("fingerprint", c.get("fingerprint"));
    if (c.get("user") instanceof Map<?, ?> user) row("user", user.get("email") + (user.get("name") != null ? " (" + user.get("name") + ")" : ""));
    row("issued at", Instant.ofEpochSecond(numericDate(c, "iat")));
    long due = c.containsKey("checkInBy") ? numericDate(c, "checkInBy") : numericDate(c, "exp");
    row("check in by", Instant.ofEpochSecond(due) + " (in " + Math.max(0, due - now) / 3600 + " h)");

    if (c.get("policy") instanceof Map<?, ?> policy) {
      String whose = Boolean.TRUE.equals(policy.get("inherited")) ? "inherited: the account default"
          : "primary".equals(c.get("keyType")) ? "the account default" : "the key's own";
      OUT.println("policy version " + policy.get("version") + " (" + whose + ")");
      for (Map.Entry<?, ?> e : policy.entrySet())
        if (!"version".equals(e.getKey()) && !"inherited".equals(e.getKey())) row(String.valueOf(e.getKey()), e.getValue());
    } else {
      OUT.println("policy: none in this certificate");
    }
    if (c.get("goldenImage") instanceof Map<?, ?> image) {
      OUT.println("golden image " + image.get("name") + " (" + image.get("id") + ")");
      if (image.get("description") != null) row("description", image.get("description"));
      Object images = image.get("images");
      for (String arch : List.of("appleSilicon", "intel")) {
        Object one = images instanceof Map<?, ?> m ? m.get(arch) : null;
        if (one instanceof Map<?, ?> i) row(arch, i.get("url") + "  sha256 " + i.get("sha256"));
        else row(arch, "none");
      }
    } else {
      OUT.println("golden image: none");
    }
  }

  static void row(String name, Object value) {
    OUT.printf("  %-18s %s%n", name, value);
  }

  // ---- Small helpers ----

  static String textOf(String arg) {
    String t = arg.trim();
    if (t.startsWith("{") || t.startsWith("ey")) return t;
    try {
      return Files.readString(Path.of(arg), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Refused(2, "cannot read " + arg + ": " + e);
    }
  }

  static long parseLong(String option, String v) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new Refused(2, option + " takes an integer, not " + v);
    }
  }

  static byte[] b64(String s, String what) {
    try {
      return Base64.getUrlDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      throw invalid(what + " is not base64url");
    }
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object o, String what) {
    if (o instanceof Map<?, ?> m) return (Map<String, Object>) m;
    throw invalid(what + " is not a JSON object");
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o, String what) {
    if (o instanceof List<?> l) return (List<Object>) l;
    throw invalid(what + " is not a JSON array");
  }

  static long numericDate(Map<String, Object> claims, String name) {
    if (claims.get(name) instanceof BigDecimal n) return n.longValue();
    throw invalid("the claim " + name + " is missing or not a number");
  }

  /**
   * A small JSON reader (RFC 8259), enough for a JWKS and the claims: objects become
   * LinkedHashMap, arrays ArrayList, numbers BigDecimal, null Java null.
   */
  static final class Json {
    private final String s;
    private int i;

    private Json(String s) {
      this.s = s;
    }

    static Object parse(String text) {
      Json p = new Json(text);
      Object v = p.value();
      p.ws();
      if (p.i != p.s.length()) throw p.error("trailing characters");
      return v;
    }

    private Refused error(String what) {
      return invalid("bad JSON at " + i + ": " + what);
    }

    private void ws() {
      while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) i++;
    }

    private char peek() {
      if (i >= s.length()) throw error("unexpected end");
      return s.charAt(i);
    }

    private void expect(char c) {
      if (peek() != c) throw error("expected '" + c + "'");
      i++;
    }

    private Object value() {
      ws();
      char c = peek();
      switch (c) {
        case '{': {
          i++;
          Map<String, Object> m = new LinkedHashMap<>();
          ws();
          if (peek() == '}') {
            i++;
            return m;
          }
          while (true) {
            ws();
            String k = string();
            ws();
            expect(':');
            m.put(k, value());
            ws();
            if (peek() == ',') {
              i++;
              continue;
            }
            expect('}');
            return m;
          }
        }
        case '[': {
          i++;
          List<Object> l = new ArrayList<>();
          ws();
          if (peek() == ']') {
            i++;
            return l;
          }
          while (true) {
            l.add(value());
            ws();
            if (peek() == ',') {
              i++;
              continue;
            }
            expect(']');
            return l;
          }
        }
        case '"':
          return string();
        case 't':
          return literal("true", Boolean.TRUE);
        case 'f':
          return literal("false", Boolean.FALSE);
        case 'n':
          return literal("null", null);
        default:
          return number();
      }
    }

    private Object literal(String word, Object v) {
      if (!s.startsWith(word, i)) throw error("expected " + word);
      i += word.length();
      return v;
    }

    private BigDecimal number() {
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
      try {
        return new BigDecimal(s.substring(start, i));
      } catch (NumberFormatException e) {
        i = start;
        throw error("expected a value");
      }
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (true) {
        char c = peek();
        i++;
        if (c == '"') return b.toString();
        if (c < 0x20) throw error("control character in a string");
        if (c != '\\') {
          b.append(c);
          continue;
        }
        char e = peek();
        i++;
        switch (e) {
          case '"', '\\', '/' -> b.append(e);
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> {
            if (i + 4 > s.length()) throw error("short \\u escape");
            try {
              b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            } catch (NumberFormatException ex) {
              throw error("bad \\u escape");
            }
            i += 4;
          }
          default -> throw error("bad escape \\" + e);
        }
      }
    }
  }
}

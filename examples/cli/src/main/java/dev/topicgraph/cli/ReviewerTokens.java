package dev.topicgraph.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reviewer tokens and CSRF tokens, signed with HMAC-SHA256 and a server secret.
 *
 * <p>A reviewer token is {@code v1.<reviewer, base64url>.<expiry, epoch seconds>.<signature,
 * base64url>}, the signature over {@code v1|<reviewer>|<expiry>}: whoever holds it signs in as that
 * reviewer until it expires, and nobody without the secret can make one for another reviewer. A CSRF
 * token is the signature of {@code csrf|<purpose>|<session>}, tied to the session it was issued for.
 * Signatures are compared in constant time. Immutable and thread-safe.
 */
final class ReviewerTokens {
  /** The shortest secret accepted, in bytes. */
  static final int MIN_SECRET_BYTES = 32;

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  ReviewerTokens(byte[] secret) {
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException("the secret has " + secret.length + " bytes; it needs at least "
          + MIN_SECRET_BYTES);
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  /** A token that signs {@code reviewer} in until {@code expires}. */
  String issue(String reviewer, Instant expires) {
    long until = expires.getEpochSecond();
    String who = B64.encodeToString(reviewer.getBytes(UTF_8));
    return "v1." + who + "." + until + "." + B64.encodeToString(mac("v1|" + reviewer + "|" + until));
  }

  /** The reviewer a token signs in, if its signature is right and it has not expired at {@code now}. */
  Optional<String> verify(String token, Instant now) {
    if (token == null || token.length() > 1024) {
      return Optional.empty();
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals("v1")) {
      return Optional.empty();
    }
    try {
      String reviewer = new String(B64D.decode(parts[1]), UTF_8);
      long until = Long.parseLong(parts[2]);
      byte[] given = B64D.decode(parts[3]);
      byte[] expected = mac("v1|" + reviewer + "|" + until);
      if (!MessageDigest.isEqual(expected, given) || now.getEpochSecond() >= until) {
        return Optional.empty();
      }
      return Optional.of(reviewer);
    } catch (IllegalArgumentException e) { // bad base64 or number
      return Optional.empty();
    }
  }

  /** The CSRF token of a form for {@code purpose} in {@code session}. */
  String csrf(String purpose, String session) {
    return B64.encodeToString(mac("csrf|" + purpose + "|" + session));
  }

  /** Whether {@code given} is the CSRF token of {@code purpose} in {@code session}. */
  boolean csrfMatches(String given, String purpose, String session) {
    if (given == null || session == null) {
      return false;
    }
    return MessageDigest.isEqual(csrf(purpose, session).getBytes(UTF_8), given.getBytes(UTF_8));
  }

  private byte[] mac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(text.getBytes(UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}

package dev.topicgraph.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.InvalidValueException;
import dev.topicgraph.model.NodeId;
import java.time.Duration;
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
 * token is the signature of {@code csrf|<purpose>|<session id>}, tied to the session it was issued for.
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

  /** The longest a token may be valid for: ten years. */
  static final Duration MAX_VALIDITY = Duration.ofDays(3650);

  /** A verified token: who it signs in, and until when. */
  static final class Grant {
    final String reviewer;
    final Instant expires;

    Grant(String reviewer, Instant expires) {
      this.reviewer = reviewer;
      this.expires = expires;
    }
  }

  /**
   * What a token grants, if it is exactly a token this secret issued (the canonical text, signature
   * compared in constant time), for a valid reviewer id, and it has not expired at {@code now}.
   */
  Optional<Grant> verify(String token, Instant now) {
    if (token == null || token.length() > 1024) {
      return Optional.empty();
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals("v1") || !parts[2].matches("[1-9][0-9]{0,17}")) {
      return Optional.empty();
    }
    try {
      String reviewer = new String(B64D.decode(parts[1]), UTF_8);
      long until = Long.parseLong(parts[2]);
      // The one text this secret gives for these parts: any other spelling (padding, other base64
      // letters that decode alike, leading zeros) is refused.
      String canonical = issue(reviewer, Instant.ofEpochSecond(until));
      if (!MessageDigest.isEqual(canonical.getBytes(UTF_8), token.getBytes(UTF_8)) || now.getEpochSecond() >= until
          || until > now.plus(MAX_VALIDITY).plus(Duration.ofDays(1)).getEpochSecond() || !isReviewerId(reviewer)) {
        return Optional.empty();
      }
      return Optional.of(new Grant(reviewer, Instant.ofEpochSecond(until)));
    } catch (IllegalArgumentException e) { // bad base64, or an instant out of range
      return Optional.empty();
    }
  }

  /** Whether {@code reviewer} is a reviewer id a feedback event can carry. */
  static boolean isReviewerId(String reviewer) {
    try {
      Feedback.builder().id("check").topic(NodeId.of("topic.check")).reviewer(reviewer).interest(1).optIn(false)
          .at(Instant.EPOCH).build();
      return true;
    } catch (InvalidValueException e) {
      return false;
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

package io.dudao.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 over a sequence of length-prefixed parts, written {@code sha256:<hex>}. */
public final class Hashing {

    private final MessageDigest digest;

    public Hashing() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    public Hashing update(String part) {
        return update(part.getBytes(StandardCharsets.UTF_8));
    }

    public Hashing update(byte[] part) {
        digest.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(part);
        return this;
    }

    public String digest() {
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    /** The hash of one text. */
    public static String of(String text) {
        return new Hashing().update(text).digest();
    }
}

package org.cinderj.runtime.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.type.BuiltinTypes;

/** Python codec names to Java charsets. */
public final class Encodings {
    private Encodings() {
    }

    /** Python's normalised codec name, as {@code codecs.lookup(x).name} shows it. */
    public static String normalize(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (n) {
            case "utf-8", "utf8", "u8", "utf", "cp65001", "locale", "utf-8-sig" -> n.equals("utf-8-sig") ? "utf-8-sig" : "utf-8";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin", "iso-ir-100" -> "iso8859-1";
            case "ascii", "us-ascii", "646", "us", "ansi-x3.4-1968" -> "ascii";
            case "utf-16", "utf16" -> "utf-16";
            case "utf-16-le", "utf-16le" -> "utf-16-le";
            case "utf-16-be", "utf-16be" -> "utf-16-be";
            case "utf-32", "utf32" -> "utf-32";
            case "utf-32-le", "utf-32le" -> "utf-32-le";
            case "utf-32-be", "utf-32be" -> "utf-32-be";
            case "cp1252", "windows-1252" -> "cp1252";
            default -> n;
        };
    }

    /** The Java charset for a Python encoding name; LookupError "unknown encoding: x". */
    public static Charset charset(String name) {
        String n = normalize(name);
        switch (n) {
            case "utf-8":
            case "utf-8-sig":
                return StandardCharsets.UTF_8;
            case "iso8859-1":
                return StandardCharsets.ISO_8859_1;
            case "ascii":
                return StandardCharsets.US_ASCII;
            case "utf-16":
                return StandardCharsets.UTF_16;
            case "utf-16-le":
                return StandardCharsets.UTF_16LE;
            case "utf-16-be":
                return StandardCharsets.UTF_16BE;
            default:
                break;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            throw PythonErrors.raise(BuiltinTypes.LOOKUP_ERROR, "unknown encoding: " + name);
        }
    }
}

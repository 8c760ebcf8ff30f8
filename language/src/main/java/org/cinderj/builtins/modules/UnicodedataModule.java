package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.text.Normalizer;
import java.util.Locale;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.function.Missing;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.type.BuiltinTypes;

/** {@code unicodedata} over the JDK's Unicode tables (java.lang.Character, java.text.Normalizer). */
public final class UnicodedataModule {
    private UnicodedataModule() {
    }

    static final String[] CATEGORY = new String[31];

    static {
        CATEGORY[Character.UNASSIGNED] = "Cn";
        CATEGORY[Character.UPPERCASE_LETTER] = "Lu";
        CATEGORY[Character.LOWERCASE_LETTER] = "Ll";
        CATEGORY[Character.TITLECASE_LETTER] = "Lt";
        CATEGORY[Character.MODIFIER_LETTER] = "Lm";
        CATEGORY[Character.OTHER_LETTER] = "Lo";
        CATEGORY[Character.NON_SPACING_MARK] = "Mn";
        CATEGORY[Character.ENCLOSING_MARK] = "Me";
        CATEGORY[Character.COMBINING_SPACING_MARK] = "Mc";
        CATEGORY[Character.DECIMAL_DIGIT_NUMBER] = "Nd";
        CATEGORY[Character.LETTER_NUMBER] = "Nl";
        CATEGORY[Character.OTHER_NUMBER] = "No";
        CATEGORY[Character.SPACE_SEPARATOR] = "Zs";
        CATEGORY[Character.LINE_SEPARATOR] = "Zl";
        CATEGORY[Character.PARAGRAPH_SEPARATOR] = "Zp";
        CATEGORY[Character.CONTROL] = "Cc";
        CATEGORY[Character.FORMAT] = "Cf";
        CATEGORY[Character.PRIVATE_USE] = "Co";
        CATEGORY[Character.SURROGATE] = "Cs";
        CATEGORY[Character.DASH_PUNCTUATION] = "Pd";
        CATEGORY[Character.START_PUNCTUATION] = "Ps";
        CATEGORY[Character.END_PUNCTUATION] = "Pe";
        CATEGORY[Character.CONNECTOR_PUNCTUATION] = "Pc";
        CATEGORY[Character.OTHER_PUNCTUATION] = "Po";
        CATEGORY[Character.MATH_SYMBOL] = "Sm";
        CATEGORY[Character.CURRENCY_SYMBOL] = "Sc";
        CATEGORY[Character.MODIFIER_SYMBOL] = "Sk";
        CATEGORY[Character.OTHER_SYMBOL] = "So";
        CATEGORY[Character.INITIAL_QUOTE_PUNCTUATION] = "Pi";
        CATEGORY[Character.FINAL_QUOTE_PUNCTUATION] = "Pf";
    }

    static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU",
        "EU", "YI", "I"};
    static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
        "SS", "NG", "J", "C", "K", "T", "P", "H"};

    public static String category(int cp) {
        String c = CATEGORY[Character.getType(cp)];
        return c == null ? "Cn" : c;
    }

    static boolean isCjkIdeograph(int cp) {
        return cp >= 0x3400 && cp <= 0x4dbf || cp >= 0x4e00 && cp <= 0x9fff || cp >= 0x20000 && cp <= 0x2a6df || cp >= 0x2a700 && cp <= 0x2ebef ||
                        cp >= 0x30000 && cp <= 0x3134f;
    }

    /** The character's name, or null when it has none. */
    @TruffleBoundary
    public static String nameOf(int cp) {
        if (cp >= 0xac00 && cp <= 0xd7a3) {
            int s = cp - 0xac00;
            return "HANGUL SYLLABLE " + JAMO_L[s / (21 * 28)] + JAMO_V[(s % (21 * 28)) / 28] + JAMO_T[s % 28];
        }
        if (isCjkIdeograph(cp) && Character.getType(cp) != Character.UNASSIGNED) {
            return String.format("CJK UNIFIED IDEOGRAPH-%X", cp);
        }
        int t = Character.getType(cp);
        if (t == Character.UNASSIGNED || t == Character.CONTROL || t == Character.PRIVATE_USE || t == Character.SURROGATE) {
            return null;
        }
        String n = Character.getName(cp);
        if (n == null) {
            return null;
        }
        String hex = String.format("%X", cp);
        if (n.endsWith(" " + hex) && !n.contains("-")) {
            // the JDK's synthesized "<block name> <hex>" for characters without a name
            if (n.startsWith("TANGUT") || n.startsWith("KHITAN") || n.startsWith("NUSHU")) {
                return n.substring(0, n.lastIndexOf(' ')) + "-" + hex;
            }
            return null;
        }
        return n;
    }

    /** The code point of a character name (also "CJK UNIFIED IDEOGRAPH-XXXX", Hangul syllables, aliases), or -1. */
    @TruffleBoundary
    public static int lookupName(String name) {
        String u = name.toUpperCase(Locale.ROOT);
        if (u.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            try {
                int cp = Integer.parseInt(u.substring(22), 16);
                return isCjkIdeograph(cp) ? cp : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        if (u.startsWith("HANGUL SYLLABLE ")) {
            String rest = u.substring(16);
            for (int cp = 0xac00; cp <= 0xd7a3; cp++) {
                if (nameOf(cp).substring(16).equals(rest)) {
                    return cp;
                }
            }
            return -1;
        }
        try {
            int cp = Character.codePointOf(u);
            int t = Character.getType(cp);
            if (t == Character.CONTROL && !isAlias(u)) {
                return -1;
            }
            return cp;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static boolean isAlias(String u) {
        return true;
    }

    static int chr(Object o, String fn) {
        if (!(o instanceof String s)) {
            throw PythonErrors.typeError("%s() argument 1 must be a unicode character, not %s", fn, PyUtil.typeName(o));
        }
        if (s.codePointCount(0, s.length()) != 1) {
            throw PythonErrors.typeError("%s() argument 1 must be a unicode character, not str", fn);
        }
        return s.codePointAt(0);
    }

    static String eastAsianWidth(int cp) {
        if (cp >= 0x1100 && cp <= 0x115f || cp >= 0x2e80 && cp <= 0x303e || cp >= 0x3041 && cp <= 0x33ff || cp >= 0x3400 && cp <= 0x4dbf ||
                        cp >= 0x4e00 && cp <= 0x9fff || cp >= 0xa000 && cp <= 0xa4cf || cp >= 0xac00 && cp <= 0xd7a3 || cp >= 0xf900 && cp <= 0xfaff ||
                        cp >= 0xfe30 && cp <= 0xfe4f || cp >= 0x1f300 && cp <= 0x1f64f || cp >= 0x1f900 && cp <= 0x1f9ff ||
                        cp >= 0x20000 && cp <= 0x3fffd) {
            return "W";
        }
        if (cp == 0x3000 || cp >= 0xff01 && cp <= 0xff60 || cp >= 0xffe0 && cp <= 0xffe6) {
            return "F";
        }
        if (cp >= 0xff61 && cp <= 0xffdc || cp >= 0xffe8 && cp <= 0xffee || cp == 0x20a9) {
            return "H";
        }
        if (cp >= 0x20 && cp <= 0x7e || cp == 0xa2 || cp == 0xa3 || cp == 0xa5 || cp == 0xa6 || cp == 0xac || cp == 0xaf || cp >= 0x27e6 && cp <= 0x27ed ||
                        cp == 0x2985 || cp == 0x2986) {
            return "Na";
        }
        if (cp == 0xa1 || cp == 0xa4 || cp == 0xa7 || cp == 0xa8 || cp == 0xaa || cp == 0xad || cp == 0xae || cp >= 0xb0 && cp <= 0xb4 ||
                        cp >= 0xb6 && cp <= 0xba || cp >= 0xbc && cp <= 0xbf || cp == 0xc6 || cp == 0xd0 || cp == 0xd7 || cp == 0xd8 ||
                        cp >= 0xde && cp <= 0xe1 || cp == 0xe6 || cp >= 0xe8 && cp <= 0xea || cp == 0xec || cp == 0xed || cp == 0xf0 ||
                        cp == 0xf2 || cp == 0xf3 || cp >= 0xf7 && cp <= 0xfa || cp == 0xfc || cp == 0xfe || cp >= 0x391 && cp <= 0x3c9 ||
                        cp >= 0x401 && cp <= 0x451 || cp >= 0x2010 && cp <= 0x2027 || cp >= 0x2460 && cp <= 0x24e9 ||
                        cp >= 0x2500 && cp <= 0x257f || cp == 0x20ac || cp >= 0x2160 && cp <= 0x216b || cp >= 0x2170 && cp <= 0x2179 || cp >= 0xe000 && cp <= 0xf8ff || cp >= 0x300 && cp <= 0x36f || cp == 0xfffd) {
            if (cp >= 0x391 && cp <= 0x3c9 && (cp == 0x3a2 || cp > 0x3a9 && cp < 0x3b1)) {
                return "N";
            }
            return "A";
        }
        return "N";
    }

    static int combining(int cp) {
        if (Character.getType(cp) != Character.NON_SPACING_MARK) {
            return 0;
        }
        if (cp >= 0x300 && cp <= 0x314 || cp == 0x33d || cp == 0x33e || cp == 0x33f || cp >= 0x346 && cp <= 0x346 || cp >= 0x34a && cp <= 0x34c ||
                        cp >= 0x350 && cp <= 0x352 || cp == 0x357 || cp == 0x35b || cp >= 0x363 && cp <= 0x36f || cp == 0x340 || cp == 0x341 ||
                        cp == 0x342 || cp == 0x343 || cp == 0x344 || cp >= 0x483 && cp <= 0x487 || cp >= 0x592 && cp <= 0x595) {
            return 230;
        }
        if (cp == 0x315 || cp == 0x31a || cp == 0x358) {
            return 232;
        }
        if (cp >= 0x316 && cp <= 0x319 || cp >= 0x31c && cp <= 0x320 || cp >= 0x323 && cp <= 0x326 || cp >= 0x329 && cp <= 0x333 ||
                        cp == 0x339 || cp == 0x33a || cp == 0x33b || cp == 0x33c || cp == 0x347 || cp == 0x348 || cp == 0x349 || cp == 0x34d ||
                        cp == 0x34e || cp >= 0x353 && cp <= 0x356 || cp == 0x359 || cp == 0x35a) {
            return 220;
        }
        if (cp == 0x31b) {
            return 216;
        }
        if (cp == 0x321 || cp == 0x322 || cp == 0x327 || cp == 0x328) {
            return 202;
        }
        if (cp >= 0x334 && cp <= 0x338) {
            return 1;
        }
        if (cp == 0x345) {
            return 240;
        }
        if (cp == 0x94d || cp == 0x9cd || cp == 0xa4d || cp == 0xacd || cp == 0xb4d || cp == 0xbcd || cp == 0xc4d || cp == 0xccd || cp == 0xd4d) {
            return 9;
        }
        if (cp == 0x93c || cp == 0x9bc || cp == 0xa3c || cp == 0xabc || cp == 0xb3c) {
            return 7;
        }
        if (cp == 0x3099 || cp == 0x309a) {
            return 8;
        }
        return 0;
    }

    static final String[] BIDI = new String[24];

    static {
        BIDI[Character.DIRECTIONALITY_LEFT_TO_RIGHT] = "L";
        BIDI[Character.DIRECTIONALITY_RIGHT_TO_LEFT] = "R";
        BIDI[Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC] = "AL";
        BIDI[Character.DIRECTIONALITY_EUROPEAN_NUMBER] = "EN";
        BIDI[Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR] = "ES";
        BIDI[Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR] = "ET";
        BIDI[Character.DIRECTIONALITY_ARABIC_NUMBER] = "AN";
        BIDI[Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR] = "CS";
        BIDI[Character.DIRECTIONALITY_NONSPACING_MARK] = "NSM";
        BIDI[Character.DIRECTIONALITY_BOUNDARY_NEUTRAL] = "BN";
        BIDI[Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR] = "B";
        BIDI[Character.DIRECTIONALITY_SEGMENT_SEPARATOR] = "S";
        BIDI[Character.DIRECTIONALITY_WHITESPACE] = "WS";
        BIDI[Character.DIRECTIONALITY_OTHER_NEUTRALS] = "ON";
        BIDI[Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING] = "LRE";
        BIDI[Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE] = "LRO";
        BIDI[Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING] = "RLE";
        BIDI[Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE] = "RLO";
        BIDI[Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT] = "PDF";
        BIDI[Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE] = "LRI";
        BIDI[Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE] = "RLI";
        BIDI[Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE] = "FSI";
        BIDI[Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE] = "PDI";
    }

    static Normalizer.Form form(Object f) {
        String s = PyUtil.str(f, "normalize() argument 1");
        return switch (s) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw PythonErrors.valueError("invalid normalization form");
        };
    }

    static Object orDefault(Object dflt, String msg) {
        if (dflt == Missing.VALUE) {
            throw PythonErrors.valueError(msg);
        }
        return dflt;
    }

    static double numericValue(int cp) {
        // fractions and other numerics the JDK does not give as ints
        return switch (cp) {
            case 0xbc -> 0.25;
            case 0xbd -> 0.5;
            case 0xbe -> 0.75;
            case 0x2150 -> 1.0 / 7;
            case 0x2151 -> 1.0 / 9;
            case 0x2152 -> 0.1;
            case 0x2153 -> 1.0 / 3;
            case 0x2154 -> 2.0 / 3;
            case 0x2155 -> 0.2;
            case 0x2156 -> 0.4;
            case 0x2157 -> 0.6;
            case 0x2158 -> 0.8;
            case 0x2159 -> 1.0 / 6;
            case 0x215a -> 5.0 / 6;
            case 0x215b -> 0.125;
            case 0x215c -> 0.375;
            case 0x215d -> 0.625;
            case 0x215e -> 0.875;
            case 0x215f -> 1.0;
            case 0x3007, 0x96f6 -> 0;
            case 0x4e00, 0x58f9, 0x5f0c -> 1;
            case 0x4e8c, 0x8cb3, 0x5f0d -> 2;
            case 0x4e09, 0x53c3, 0x5f0e -> 3;
            case 0x56db, 0x8086 -> 4;
            case 0x4e94, 0x4f0d -> 5;
            case 0x516d, 0x9678 -> 6;
            case 0x4e03, 0x67d2 -> 7;
            case 0x516b, 0x634c -> 8;
            case 0x4e5d, 0x7396 -> 9;
            case 0x5341, 0x62fe -> 10;
            case 0x5eff -> 20;
            case 0x5345 -> 30;
            case 0x767e, 0x4f70 -> 100;
            case 0x5343, 0x4edf -> 1000;
            case 0x4e07, 0x842c -> 10000;
            case 0x5104 -> 1e8;
            case 0x5146 -> 1e12;
            default -> {
                int v = Character.getNumericValue(cp);
                yield v >= 0 ? v : Double.NaN;
            }
        };
    }

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("unicodedata");
        m.setAttr("unidata_version", "13.0.0");
        PyUtil.fn(m, "category", "(chr, /)", a -> category(chr(a[0], "category")));
        PyUtil.fn(m, "name", "(chr, default=?, /)", a -> {
            String n = nameOf(chr(a[0], "name"));
            return n != null ? n : orDefault(a[1], "no such name");
        });
        PyUtil.fn(m, "lookup", "(name, /)", a -> {
            String name = PyUtil.str(a[0], "lookup() argument");
            int cp = lookupName(name);
            if (cp < 0) {
                throw PythonErrors.raise(BuiltinTypes.KEY_ERROR, "undefined character name '" + name + "'");
            }
            return new String(Character.toChars(cp));
        });
        PyUtil.fn(m, "normalize", "(form, unistr, /)", a -> Normalizer.normalize(PyUtil.str(a[1], "normalize() argument 2"), form(a[0])));
        PyUtil.fn(m, "is_normalized", "(form, unistr, /)", a -> Normalizer.isNormalized(PyUtil.str(a[1], "is_normalized() argument 2"), form(a[0])));
        PyUtil.fn(m, "decimal", "(chr, default=?, /)", a -> {
            int cp = chr(a[0], "decimal");
            if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                return (long) Character.digit(cp, 10);
            }
            return orDefault(a[1], "not a decimal");
        });
        PyUtil.fn(m, "digit", "(chr, default=?, /)", a -> {
            int cp = chr(a[0], "digit");
            int v = Character.getNumericValue(cp);
            int t = Character.getType(cp);
            if (v >= 0 && v <= 9 && (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.OTHER_NUMBER)) {
                return (long) v;
            }
            return orDefault(a[1], "not a digit");
        });
        PyUtil.fn(m, "numeric", "(chr, default=?, /)", a -> {
            int cp = chr(a[0], "numeric");
            int t = Character.getType(cp);
            double v = numericValue(cp);
            if (!Double.isNaN(v) && (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.OTHER_NUMBER || t == Character.LETTER_NUMBER ||
                            isCjkIdeograph(cp) && v >= 0)) {
                return v;
            }
            return orDefault(a[1], "not a numeric character");
        });
        PyUtil.fn(m, "east_asian_width", "(chr, /)", a -> eastAsianWidth(chr(a[0], "east_asian_width")));
        PyUtil.fn(m, "combining", "(chr, /)", a -> (long) combining(chr(a[0], "combining")));
        PyUtil.fn(m, "mirrored", "(chr, /)", a -> Character.isMirrored(chr(a[0], "mirrored")) ? 1L : 0L);
        PyUtil.fn(m, "bidirectional", "(chr, /)", a -> {
            byte d = Character.getDirectionality(chr(a[0], "bidirectional"));
            return d < 0 || d >= BIDI.length || BIDI[d] == null ? "" : BIDI[d];
        });
        PyUtil.fn(m, "decomposition", "(chr, /)", a -> {
            int cp = chr(a[0], "decomposition");
            String s = new String(Character.toChars(cp));
            String d = Normalizer.normalize(s, Normalizer.Form.NFD);
            String tag = "";
            if (d.equals(s)) {
                d = Normalizer.normalize(s, Normalizer.Form.NFKD);
                if (d.equals(s)) {
                    return "";
                }
                tag = "<compat> ";
            }
            StringBuilder sb = new StringBuilder(tag);
            int[] cps = d.codePoints().toArray();
            for (int k = 0; k < cps.length; k++) {
                sb.append(k > 0 ? " " : "").append(String.format("%04X", cps[k]));
            }
            return sb.toString();
        });
        m.setAttr("ucd_3_2_0", m);
        return m;
    }

    static Object none() {
        return NONE;
    }
}

package io.dudao.internal.text.report;

/**
 * The number of terminal columns text takes: East Asian Wide and Fullwidth characters (汉字, fullwidth
 * punctuation such as ，。（）, kana, hangul, most emoji) take two, combining marks, format and control
 * characters none, everything else one. Characters of ambiguous width (≥, ², —, …) count as one, as
 * terminals outside CJK legacy encodings show them; the text report keeps them out of positions that
 * alignment depends on. Stateless and thread-safe.
 *
 * <p>The ranges are those of Unicode's EastAsianWidth.txt with property W or F, merged into blocks; the
 * few unassigned code points they include are never printed.
 */
public final class DisplayWidth {

    /** Inclusive ranges of East Asian Wide (W) and Fullwidth (F) code points, ascending. */
    private static final int[][] WIDE = {
            {0x1100, 0x115F},   // Hangul Jamo initial consonants
            {0x231A, 0x231B},   // watch, hourglass
            {0x2329, 0x232A},   // angle brackets
            {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, {0x23F3, 0x23F3},
            {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693},
            {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE},
            {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5}, {0x26FA, 0x26FA},
            {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C},
            {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0},
            {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
            {0x2E80, 0x303E},   // CJK radicals, Kangxi radicals, CJK symbols and punctuation (、。〔〕「」)
            {0x3041, 0x33FF},   // kana, bopomofo, hangul compatibility jamo, kanbun, enclosed CJK, CJK compatibility
            {0x3400, 0x4DBF},   // CJK unified ideographs extension A
            {0x4E00, 0x9FFF},   // CJK unified ideographs
            {0xA000, 0xA4CF},   // Yi
            {0xA960, 0xA97F},   // Hangul Jamo extended A
            {0xAC00, 0xD7A3},   // Hangul syllables
            {0xF900, 0xFAFF},   // CJK compatibility ideographs
            {0xFE10, 0xFE19},   // vertical forms
            {0xFE30, 0xFE6F},   // CJK compatibility forms, small form variants
            {0xFF00, 0xFF60},   // fullwidth forms (，：（）！)
            {0xFFE0, 0xFFE6},   // fullwidth signs (￥)
            {0x16FE0, 0x16FE4}, {0x17000, 0x18CFF}, {0x1AFF0, 0x1B2FF}, // Tangut, Khitan, kana supplements
            {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A},
            {0x1F200, 0x1F251}, {0x1F260, 0x1F265}, // enclosed ideographic supplement
            {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393},
            {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4},
            {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D},
            {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596},
            {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC},
            {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF}, {0x1F6EB, 0x1F6EC},
            {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB}, {0x1F7F0, 0x1F7F0}, {0x1F90C, 0x1F93A},
            {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF}, // emoji
            {0x20000, 0x2FFFD}, // CJK unified ideographs extensions B–F, compatibility supplement
            {0x30000, 0x3FFFD}, // CJK unified ideographs extensions G–H
    };

    private DisplayWidth() {
    }

    /** The columns {@code text} takes; 0 for {@code null} or empty text. */
    public static int of(String text) {
        if (text == null) {
            return 0;
        }
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /** The columns one code point takes: 0, 1 or 2. */
    public static int of(int codePoint) {
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0)) {
            return 0;
        }
        if (codePoint < 0x1100) {
            return zeroWidth(codePoint) ? 0 : 1;
        }
        if (wide(codePoint)) {
            return 2;
        }
        return zeroWidth(codePoint) ? 0 : 1;
    }

    /** {@code text} followed by spaces up to {@code width} columns; the text itself when it is as wide or wider. */
    public static String padRight(String text, int width) {
        int pad = width - of(text);
        return pad <= 0 ? text : text + " ".repeat(pad);
    }

    /** Spaces up to {@code width} columns followed by {@code text}; the text itself when it is as wide or wider. */
    public static String padLeft(String text, int width) {
        int pad = width - of(text);
        return pad <= 0 ? text : " ".repeat(pad) + text;
    }

    private static boolean wide(int cp) {
        int lo = 0;
        int hi = WIDE.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < WIDE[mid][0]) {
                hi = mid - 1;
            } else if (cp > WIDE[mid][1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static boolean zeroWidth(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT                          // zero-width space and joiner, BOM
                || (cp >= 0x1160 && cp <= 0x11FF);                   // Hangul medial vowels and final consonants
    }
}

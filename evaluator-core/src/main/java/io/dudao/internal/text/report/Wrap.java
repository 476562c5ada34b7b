package io.dudao.internal.text.report;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Greedy line filling by display width. Lines break where {@link BreakIterator#getLineInstance(Locale)}
 * allows: at spaces in English, between 汉字 in Chinese, never before closing punctuation (，。）) or after
 * opening punctuation (（). A piece wider than a whole line (a long hash, a path) is cut by code points.
 * Stateless and thread-safe.
 */
final class Wrap {

    private Wrap() {
    }

    /**
     * {@code text} as lines of at most {@code width} display columns, without trailing spaces; one empty
     * line for empty text. Line breaks in the text are kept.
     *
     * @param width at least 2 (one wide character)
     */
    static List<String> lines(String text, int width, Locale locale) {
        return lines(text, width, width, locale);
    }

    /**
     * {@code text} as lines whose first is at most {@code firstWidth} display columns and the others at
     * most {@code width}: for a first line that follows a label, or continuation lines under a hanging indent.
     *
     * @param firstWidth at least 2
     * @param width      at least 2
     */
    static List<String> lines(String text, int firstWidth, int width, Locale locale) {
        if (width < 2 || firstWidth < 2) {
            throw new IllegalArgumentException("widths must be at least 2, found " + firstWidth + " and " + width);
        }
        List<String> out = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            fill(paragraph.stripTrailing(), firstWidth, width, locale, out);
        }
        return out;
    }

    private static void fill(String text, int firstWidth, int nextWidth, Locale locale, List<String> out) {
        if (text.isEmpty()) {
            out.add("");
            return;
        }
        int width = out.isEmpty() ? firstWidth : nextWidth;
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        for (String piece : pieces(text, locale)) {
            String visible = piece.stripTrailing();
            int w = DisplayWidth.of(visible);
            if (lineWidth > 0 && lineWidth + w > width) {
                out.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0;
                width = nextWidth;
                piece = piece.stripLeading();
                visible = piece.stripTrailing();
                w = DisplayWidth.of(visible);
            }
            if (w > width) {
                lineWidth = cut(visible, width, nextWidth, line, out);
                width = nextWidth;
                continue;
            }
            line.append(piece);
            lineWidth = DisplayWidth.of(line.toString());
        }
        if (line.length() > 0) {
            out.add(line.toString().stripTrailing());
        }
    }

    /** The widest run of wide characters kept whole in text that is not Chinese, Japanese or Korean. */
    private static final int NAME_WIDTH = 40;

    /**
     * The text cut where a line may break, except between a number and what follows it without a space
     * (a unit or a counter: {@code 0.9人}, {@code 3595.01元}), which stay on one line; and, in text that is
     * not Chinese, Japanese or Korean, within a run of wide characters up to {@value #NAME_WIDTH} columns:
     * a Chinese school name in an English sentence stays whole.
     */
    private static List<String> pieces(String text, Locale locale) {
        boolean cjk = List.of("zh", "ja", "ko").contains(locale.getLanguage());
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(text);
        List<String> pieces = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String piece = text.substring(start, end);
            int last = pieces.size() - 1;
            if (last >= 0 && glued(pieces.get(last), piece, cjk)) {
                pieces.set(last, pieces.get(last) + piece);
            } else {
                pieces.add(piece);
            }
        }
        return pieces;
    }

    private static boolean glued(String before, String after, boolean cjk) {
        int end = before.codePointBefore(before.length());
        int next = after.codePointAt(0);
        if (Character.isWhitespace(end) || Character.isWhitespace(next)) {
            return false;
        }
        if (Character.isDigit(end)) {
            return true;
        }
        return !cjk && DisplayWidth.of(end) == 2 && DisplayWidth.of(next) == 2
                && DisplayWidth.of(before) + DisplayWidth.of(after) <= NAME_WIDTH;
    }

    /**
     * Cuts a piece wider than a line (on an empty line of {@code width}) into full lines, leaving the rest in
     * {@code line}; returns the rest's width.
     */
    private static int cut(String piece, int width, int nextWidth, StringBuilder line, List<String> out) {
        int lineWidth = 0;
        for (int i = 0; i < piece.length(); ) {
            int cp = piece.codePointAt(i);
            int w = DisplayWidth.of(cp);
            if (lineWidth + w > width) {
                out.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
                width = nextWidth;
            }
            line.appendCodePoint(cp);
            lineWidth += w;
            i += Character.charCount(cp);
        }
        return lineWidth;
    }
}

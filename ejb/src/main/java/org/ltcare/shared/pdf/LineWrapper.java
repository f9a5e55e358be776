package org.ltcare.shared.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines no wider than a given width. Chinese may break between any two characters, but a run of
 * Latin letters and digits ("300.00", "SD-2025") stays whole, and the usual Chinese rule holds: no line starts
 * with closing punctuation (，。）…) and none ends with an opening bracket.
 */
final class LineWrapper {

    private static final String NO_LINE_START = "，。、；：？！）》」』】〕”’,.;:?!)%";
    private static final String NO_LINE_END = "（《「『【〔“‘(";

    private LineWrapper() {
    }

    /** One entry per printed line; an explicit line break in {@code text} always starts a new line. */
    static List<String> wrap(String text, double maxWidth, ToDoubleFunction<String> widthOf) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, maxWidth, widthOf, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, double maxWidth, ToDoubleFunction<String> widthOf,
            List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String token : tokens(paragraph)) {
            if (line.isEmpty() && token.isBlank()) {
                continue;
            }
            if (widthOf.applyAsDouble(line + token) <= maxWidth) {
                line.append(token);
                continue;
            }
            String carried = !token.isBlank() && (NO_LINE_START.contains(token) || endsWithOpening(line))
                    ? takeLastCodePoint(line) : "";
            if (!line.toString().isBlank()) {
                lines.add(line.toString().stripTrailing());
            }
            line.setLength(0);
            if (!token.isBlank()) {
                line.append(carried);
                appendSplittingIfTooWide(line, token, maxWidth, widthOf, lines);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
    }

    /** A single word wider than the line (a long code) is broken wherever it has to be. */
    private static void appendSplittingIfTooWide(StringBuilder line, String token, double maxWidth,
            ToDoubleFunction<String> widthOf, List<String> lines) {
        token.codePoints().forEach(cp -> {
            String next = line + Character.toString(cp);
            if (!line.isEmpty() && widthOf.applyAsDouble(next) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.appendCodePoint(cp);
        });
    }

    private static boolean endsWithOpening(StringBuilder line) {
        return !line.isEmpty() && NO_LINE_END.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /** Moves the line's last character to the next line, unless that would leave the line empty. */
    private static String takeLastCodePoint(StringBuilder line) {
        if (line.codePointCount(0, line.length()) < 2) {
            return "";
        }
        int start = line.offsetByCodePoints(line.length(), -1);
        String last = line.substring(start);
        line.setLength(start);
        return last;
    }

    /** Runs of printable ASCII other than space are one token; every other character is a token of its own. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp > ' ' && cp < 0x7f) {
                word.appendCodePoint(cp);
                return;
            }
            if (!word.isEmpty()) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            tokens.add(Character.toString(cp));
        });
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }
}

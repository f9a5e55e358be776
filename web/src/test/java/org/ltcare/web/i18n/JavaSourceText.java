package org.ltcare.web.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading Java source as text, for tests that check what the code writes (AuditLabelsTest): comments blanked out,
 * a call's arguments, a receiver, a conditional's branches — enough for the code as written here, not a parser.
 */
final class JavaSourceText {

    private JavaSourceText() {
    }

    /**
     * The two branches of a conditional expression ({@code c ? a : b}, outside parentheses and literals), the
     * condition left out; empty when the expression is not one.
     */
    static List<String> ternaryBranches(String expression) {
        int depth = 0;
        int question = -1;
        int nested = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(expression, i) - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && c == '?') {
                if (question < 0) {
                    question = i;
                } else {
                    nested++;
                }
            } else if (depth == 0 && c == ':' && question >= 0) {
                if (nested > 0) {
                    nested--;
                } else {
                    return List.of(expression.substring(question + 1, i), expression.substring(i + 1));
                }
            }
        }
        return List.of();
    }

    /** The simple name before {@code .record(}, if the receiver is one ({@code audit}, {@code this.audit}). */
    static Optional<String> receiver(String code, int dot) {
        int end = dot;
        while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) {
            start--;
        }
        return start < end ? Optional.of(code.substring(start, end)) : Optional.empty();
    }

    /**
     * The top-level arguments of a call whose opening parenthesis ends at {@code from}; nested calls, casts, arrays,
     * lambdas' bodies and string or character literals are kept whole, whatever line breaks they hold.
     */
    static List<String> arguments(String code, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(code, i);
                current.append(code, i, end);
                i = end - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                current.append(c);
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
                current.append(c);
            } else if (c == ')') {
                arguments.add(current.toString().strip());
                return arguments;
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return List.of(); // unbalanced: not a call
    }

    /** The index after the string, text block or character literal starting at {@code start}. */
    static int endOfLiteral(String code, int start) {
        char quote = code.charAt(start);
        if (quote == '"' && code.startsWith("\"\"\"", start)) {
            int end = code.indexOf("\"\"\"", start + 3);
            return end < 0 ? code.length() : end + 3;
        }
        int i = start + 1;
        while (i < code.length() && code.charAt(i) != quote) {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, code.length());
    }

    /** The code with its comments replaced by spaces (line breaks kept), string and character literals untouched. */
    static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(code, i);
                out.append(code, i, end);
                i = end;
            } else if (code.startsWith("//", i)) {
                while (i < code.length() && code.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                for (; i < end; i++) {
                    out.append(code.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}

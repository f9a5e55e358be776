package org.ltcare.api.input;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.Jsons;

/**
 * Checks a JSON body's shape before any binding reads it, in one streaming pass: one object, well-formed, nested at most
 * {@link ApiLimits#MAX_DEPTH}, at most {@link ApiLimits#MAX_KEYS} keys in an object, every number within
 * {@link ApiLimits#MAX_NUMBER_DIGITS} digits, no null in a list. The first violation is answered, naming where it is
 * ("records[3].date"), so that a client can find it.
 */
final class JsonShape {

    /** Where the parser is: a key in an object or an index in an array. */
    private static final class Frame {
        final boolean array;
        String key;
        int index = -1;
        int keys;

        Frame(boolean array) {
            this.array = array;
        }
    }

    private final Deque<Frame> frames = new ArrayDeque<>();

    private JsonShape() {
    }

    /** @throws ValidationException naming the first violation */
    static void check(String text) {
        if (text.isBlank()) {
            throw refused("", "api.body.missing");
        }
        new JsonShape().walk(text);
    }

    private void walk(String text) {
        try (JsonParser parser = Jsons.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw refused("", "api.body.missing");
            }
            // Every operation's body is one object: a list, a text or null at the top is not one of them.
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw refused("", "api.json.notObject");
            }
            frames.push(new Frame(false));
            while (parser.hasNext()) {
                step(parser, parser.next());
            }
        } catch (JsonParsingException e) {
            throw refused(path(), "api.json.malformed", String.valueOf(e.getLocation().getLineNumber()),
                    String.valueOf(e.getLocation().getColumnNumber()));
        } catch (java.util.NoSuchElementException | jakarta.json.JsonException e) {
            throw refused(path(), "api.json.malformed", "?", "?");
        }
    }

    private void step(JsonParser parser, JsonParser.Event event) {
        switch (event) {
            case START_OBJECT, START_ARRAY -> {
                advanceIndex();
                if (frames.size() >= ApiLimits.MAX_DEPTH) {
                    throw refused(path(), "api.json.tooDeep", String.valueOf(ApiLimits.MAX_DEPTH));
                }
                frames.push(new Frame(event == JsonParser.Event.START_ARRAY));
            }
            case END_OBJECT, END_ARRAY -> frames.pop();
            case KEY_NAME -> {
                Frame frame = frames.peek();
                frame.key = parser.getString();
                if (++frame.keys > ApiLimits.MAX_KEYS) {
                    throw refused(path(), "api.json.tooManyKeys", String.valueOf(ApiLimits.MAX_KEYS));
                }
            }
            case VALUE_NUMBER -> {
                advanceIndex();
                BigDecimal number = parser.getBigDecimal();
                if (number.precision() - number.scale() > ApiLimits.MAX_NUMBER_DIGITS
                        || number.scale() > ApiLimits.MAX_NUMBER_DIGITS) {
                    throw refused(path(), "api.json.numberOutOfRange",
                            String.valueOf(ApiLimits.MAX_NUMBER_DIGITS));
                }
            }
            case VALUE_NULL -> {
                advanceIndex();
                // No documented list holds null: a null record would reach the services as a missing object.
                if (frames.peek() != null && frames.peek().array) {
                    throw refused(path(), "api.json.nullElement");
                }
            }
            default -> advanceIndex();
        }
    }

    /** A value in an array moves its index on; a value of a key does not. */
    private void advanceIndex() {
        Frame frame = frames.peek();
        if (frame != null && frame.array) {
            frame.index++;
        }
    }

    /** The place of the current value, e.g. "records[3].date"; "" for the body itself. */
    private String path() {
        StringBuilder path = new StringBuilder();
        frames.descendingIterator().forEachRemaining(frame -> {
            if (frame.array) {
                path.append('[').append(Math.max(frame.index, 0)).append(']');
            } else if (frame.key != null) {
                path.append(path.length() == 0 ? "" : ".").append(frame.key);
            }
        });
        return path.toString();
    }

    private static ValidationException refused(String field, String key, String... arguments) {
        return new ValidationException(List.of(new FieldError(field, key, List.of(arguments))));
    }
}

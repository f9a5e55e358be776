package org.ltcare.it;

/** Whether an answer shows a name, written as is, as HTML character references or as JSON escapes. */
final class Names {

    private Names() {
    }

    static boolean shown(String body, String name) {
        if (body == null || name == null || name.isEmpty()) {
            return false;
        }
        StringBuilder decimal = new StringBuilder();
        StringBuilder hex = new StringBuilder();
        StringBuilder json = new StringBuilder();
        name.codePoints().forEach(c -> {
            decimal.append("&#").append(c).append(';');
            hex.append("&#x").append(Integer.toHexString(c)).append(';');
            json.append(String.format("\\u%04x", c));
        });
        String lower = body.toLowerCase();
        return body.contains(name) || body.contains(decimal) || lower.contains(hex.toString().toLowerCase())
                || lower.contains(json.toString());
    }
}

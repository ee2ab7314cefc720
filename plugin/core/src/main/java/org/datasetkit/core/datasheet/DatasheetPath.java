package org.datasetkit.core.datasheet;

/** Shows a JSON pointer the way a datasheet author reads keys: {@code /creators/0/name} as {@code creators[0].name}. */
final class DatasheetPath {

    private DatasheetPath() {}

    static String display(String pointer) {
        if (pointer.isEmpty()) {
            return "(datasheet)";
        }
        StringBuilder out = new StringBuilder();
        for (String token : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                out.append('[').append(name).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            }
        }
        return out.toString();
    }
}

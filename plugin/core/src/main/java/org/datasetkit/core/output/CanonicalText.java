package org.datasetkit.core.output;

import java.io.File;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A setting's value as one text that two equal values always spell the same way and two different ones never do:
 * records field by field, sets and maps in sorted order, every part length-prefixed. A value of a type it cannot
 * spell faithfully (a lambda, an object whose only text is an identity hash) is refused rather than left out, so a
 * key built from it is never trusted.
 */
public final class CanonicalText {

    private CanonicalText() {}

    /** The text of {@code value}; {@code other} spells types this class does not know, or throws. */
    public static String spell(Object value, Function<Object, String> other) {
        if (value instanceof String || value instanceof Boolean || value instanceof Number) {
            return value.getClass().getSimpleName() + "(" + value + ")";
        }
        if (value instanceof Optional<?> o) {
            return o.map(v -> "some(" + spell(v, other) + ")").orElse("none");
        }
        if (value instanceof Collection<?> c) {
            Collection<String> items = value instanceof List<?> ? new ArrayList<>() : new TreeSet<>();
            for (Object item : c) {
                String s = spell(item, other);
                items.add(s.length() + ":" + s);
            }
            return (value instanceof List<?> ? "list" : "set") + items;
        }
        return other.apply(value);
    }

    /** The text of {@code value}, also spelling nulls, enums, paths, files, maps and records (component by component). */
    public static String spell(Object value) {
        return spell(value, CanonicalText::spellMore);
    }

    private static String spellMore(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Character || value instanceof Enum<?>) {
            return value.getClass().getName() + "(" + value + ")";
        }
        if (value instanceof Path || value instanceof File) {
            String s = value.toString();
            return "path(" + s.length() + ":" + s + ")";
        }
        if (value instanceof Map<?, ?> m) {
            TreeSet<String> entries = new TreeSet<>();
            m.forEach((k, v) -> {
                String e = spell(k) + "=" + spell(v);
                entries.add(e.length() + ":" + e);
            });
            return "map" + entries;
        }
        if (value instanceof Record r) {
            StringBuilder text = new StringBuilder(r.getClass().getName()).append('{');
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                String s = spell(component(c, r));
                text.append(c.getName()).append('=').append(s.length()).append(':').append(s).append(';');
            }
            return text.append('}').toString();
        }
        throw new IllegalArgumentException("cannot spell a " + value.getClass().getName());
    }

    private static Object component(RecordComponent c, Record r) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read " + r.getClass().getName() + "." + c.getName(), e);
        }
    }
}

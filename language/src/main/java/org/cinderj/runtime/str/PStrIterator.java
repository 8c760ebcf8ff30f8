package org.cinderj.runtime.str;

import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;

/** {@code iter(str)}: yields one-character strings (whole code points). */
public final class PStrIterator extends PythonObject {
    private final String value;
    /** Next char index into {@link #value}. */
    private int position;

    public PStrIterator(String value) {
        super(BuiltinTypes.STR_ITERATOR);
        this.value = value;
    }

    /** The next character, or null when exhausted. */
    public String next() {
        if (position >= value.length()) {
            return null;
        }
        char c = value.charAt(position);
        if (Character.isHighSurrogate(c) && position + 1 < value.length() && Character.isLowSurrogate(value.charAt(position + 1))) {
            String r = value.substring(position, position + 2);
            position += 2;
            return r;
        }
        position++;
        return String.valueOf(c);
    }

    /** Remaining characters ({@code __length_hint__}). */
    public int remaining() {
        return value.codePointCount(position, value.length());
    }
}

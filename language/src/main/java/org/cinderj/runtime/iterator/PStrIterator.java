package org.cinderj.runtime.iterator;

import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;

/** {@code str_iterator}: yields one-code-point strings. */
public final class PStrIterator extends PIterator {
    private String s;
    private int index;

    public PStrIterator(String s) {
        super(BuiltinTypes.STR_ITERATOR);
        this.s = s;
    }

    @Override
    public Object next() {
        String str = s;
        if (str == null || index >= str.length()) {
            s = null;
            return null;
        }
        char c = str.charAt(index);
        if (Character.isHighSurrogate(c) && index + 1 < str.length() && Character.isLowSurrogate(str.charAt(index + 1))) {
            String r = str.substring(index, index + 2);
            index += 2;
            return r;
        }
        index++;
        return String.valueOf(c);
    }

    /** The index is in code points, as CPython's. */
    @Override
    public Object[] reduce(Object iter) {
        return s == null ? new Object[]{iter, new PTuple(new Object[]{""})} : new Object[]{iter, new PTuple(new Object[]{s}), (long) s.codePointCount(0, index)};
    }

    @Override
    public void setState(long state) {
        if (s != null) {
            index = s.offsetByCodePoints(0, (int) clamp(state, 0, s.codePointCount(0, s.length())));
        }
    }

    @Override
    public long lengthHint() {
        return s == null ? 0 : s.codePointCount(index, s.length());
    }
}

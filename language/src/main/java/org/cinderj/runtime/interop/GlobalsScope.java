package org.cinderj.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import java.util.ArrayList;
import java.util.List;
import org.cinderj.PythonLanguage;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.module.PythonModule;

/** The top-level scope seen by embedders: the names of {@code __main__} (created if needed). */
@ExportLibrary(InteropLibrary.class)
public final class GlobalsScope implements TruffleObject {
    private final PythonContext context;

    public GlobalsScope(PythonContext context) {
        this.context = context;
    }

    @TruffleBoundary
    private PDict dict() {
        Object main = context.getSysModules().get("__main__");
        if (main instanceof PythonModule m) {
            return m.getDict();
        }
        PythonModule m = new PythonModule("__main__");
        context.getSysModules().put("__main__", m);
        return m.getDict();
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return PythonLanguage.class;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(boolean includeInternal) {
        List<String> names = new ArrayList<>();
        for (Object k : dict().keysArray()) {
            if (k instanceof String s) {
                names.add(s);
            }
        }
        return new NameList(names.toArray(new String[0]));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return dict().get(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Object v = dict().get(member);
        if (v == null) {
            throw UnknownIdentifierException.create(member);
        }
        return v;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberModifiable(String member) {
        return dict().get(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInsertable(String member) {
        return dict().get(member) == null;
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) {
        dict().put(member, value);
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        return "<module '__main__'>";
    }

    /** The member names as an interop array. */
    @ExportLibrary(InteropLibrary.class)
    static final class NameList implements TruffleObject {
        private final String[] names;

        NameList(String[] names) {
            this.names = names;
        }

        @ExportMessage
        boolean hasArrayElements() {
            return true;
        }

        @ExportMessage
        long getArraySize() {
            return names.length;
        }

        @ExportMessage
        boolean isArrayElementReadable(long index) {
            return index >= 0 && index < names.length;
        }

        @ExportMessage
        Object readArrayElement(long index) throws com.oracle.truffle.api.interop.InvalidArrayIndexException {
            if (index < 0 || index >= names.length) {
                throw com.oracle.truffle.api.interop.InvalidArrayIndexException.create(index);
            }
            return names[(int) index];
        }
    }
}

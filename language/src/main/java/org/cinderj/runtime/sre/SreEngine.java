package org.cinderj.runtime.sre;

import java.util.Arrays;

/**
 * A backtracking interpreter of CPython's SRE bytecode (sre_compile.py output, MAGIC 20171005).
 * Backtracking uses an explicit stack of choice points, so long inputs never deepen the Java
 * stack; only nested look-around assertions recurse (bounded by the pattern's nesting).
 * The subject is an array of code points (str) or byte values (bytes).
 */
public final class SreEngine {
    // opcodes
    static final int FAILURE = 0;
    static final int SUCCESS = 1;
    static final int ANY = 2;
    static final int ANY_ALL = 3;
    static final int ASSERT = 4;
    static final int ASSERT_NOT = 5;
    static final int AT = 6;
    static final int BRANCH = 7;
    static final int CALL = 8;
    static final int CATEGORY = 9;
    static final int CHARSET = 10;
    static final int BIGCHARSET = 11;
    static final int GROUPREF = 12;
    static final int GROUPREF_EXISTS = 13;
    static final int IN = 14;
    static final int INFO = 15;
    static final int JUMP = 16;
    static final int LITERAL = 17;
    static final int MARK = 18;
    static final int MAX_UNTIL = 19;
    static final int MIN_UNTIL = 20;
    static final int NOT_LITERAL = 21;
    static final int NEGATE = 22;
    static final int RANGE = 23;
    static final int REPEAT = 24;
    static final int REPEAT_ONE = 25;
    static final int SUBPATTERN = 26;
    static final int MIN_REPEAT_ONE = 27;
    static final int GROUPREF_IGNORE = 28;
    static final int IN_IGNORE = 29;
    static final int LITERAL_IGNORE = 30;
    static final int NOT_LITERAL_IGNORE = 31;
    static final int GROUPREF_LOC_IGNORE = 32;
    static final int IN_LOC_IGNORE = 33;
    static final int LITERAL_LOC_IGNORE = 34;
    static final int NOT_LITERAL_LOC_IGNORE = 35;
    static final int GROUPREF_UNI_IGNORE = 36;
    static final int IN_UNI_IGNORE = 37;
    static final int LITERAL_UNI_IGNORE = 38;
    static final int NOT_LITERAL_UNI_IGNORE = 39;
    static final int RANGE_UNI_IGNORE = 40;

    public static final long MAXREPEAT = 0xffffffffL;

    private final int[] code;
    private final int groups;

    public SreEngine(int[] code, int groups) {
        this.code = code;
        this.groups = groups;
    }

    public int groups() {
        return groups;
    }

    // ------------------------------------------------------------------ character classes

    public static int asciiLower(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    public static int uniLower(int ch) {
        return Character.toLowerCase(ch);
    }

    public static int uniUpper(int ch) {
        return Character.toUpperCase(ch);
    }

    public static boolean asciiIsCased(int ch) {
        return ch < 128 && Character.isLetter(ch);
    }

    public static boolean uniIsCased(int ch) {
        return ch != Character.toLowerCase(ch) || ch != Character.toUpperCase(ch);
    }

    static boolean isDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    static boolean isSpace(int ch) {
        return ch == ' ' || ch >= 9 && ch <= 13;
    }

    static boolean isWord(int ch) {
        return ch < 128 && (Character.isLetterOrDigit(ch) || ch == '_');
    }

    static boolean uniIsSpace(int ch) {
        if (ch < 128) {
            return ch == ' ' || ch >= 9 && ch <= 13 || ch >= 0x1c && ch <= 0x1f;
        }
        return ch == 0x85 || ch == 0xa0 || ch == 0x1680 || ch >= 0x2000 && ch <= 0x200a || ch == 0x2028 || ch == 0x2029 || ch == 0x202f ||
                        ch == 0x205f || ch == 0x3000;
    }

    static boolean uniIsDecimal(int ch) {
        return Character.getType(ch) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean uniIsWord(int ch) {
        if (ch < 128) {
            return isWord(ch);
        }
        if (Character.isLetterOrDigit(ch)) {
            return true;
        }
        int t = Character.getType(ch);
        return t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    static boolean uniIsLinebreak(int ch) {
        return ch == 10 || ch == 11 || ch == 12 || ch == 13 || ch == 0x1c || ch == 0x1d || ch == 0x1e || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
    }

    static boolean category(int cat, int ch) {
        return switch (cat) {
            case 0 -> isDigit(ch);
            case 1 -> !isDigit(ch);
            case 2 -> isSpace(ch);
            case 3 -> !isSpace(ch);
            case 4 -> isWord(ch);
            case 5 -> !isWord(ch);
            case 6 -> ch == '\n';
            case 7 -> ch != '\n';
            case 8 -> ch < 256 && (Character.isLetterOrDigit(ch) && ch < 128 || ch == '_');
            case 9 -> !(ch < 256 && (Character.isLetterOrDigit(ch) && ch < 128 || ch == '_'));
            case 10 -> uniIsDecimal(ch);
            case 11 -> !uniIsDecimal(ch);
            case 12 -> uniIsSpace(ch);
            case 13 -> !uniIsSpace(ch);
            case 14 -> uniIsWord(ch);
            case 15 -> !uniIsWord(ch);
            case 16 -> uniIsLinebreak(ch);
            case 17 -> !uniIsLinebreak(ch);
            default -> false;
        };
    }

    /** Tests ch against the set starting at {@code p} (the set items, ending with FAILURE). */
    boolean inSet(int p, int ch) {
        boolean ok = true;
        while (true) {
            switch (code[p]) {
                case FAILURE:
                    return !ok;
                case LITERAL:
                    if (ch == code[p + 1]) {
                        return ok;
                    }
                    p += 2;
                    break;
                case CATEGORY:
                    if (category(code[p + 1], ch)) {
                        return ok;
                    }
                    p += 2;
                    break;
                case CHARSET:
                    if (ch < 256 && (code[p + 1 + (ch >> 5)] & (1 << (ch & 31))) != 0) {
                        return ok;
                    }
                    p += 1 + 8;
                    break;
                case RANGE:
                    if (code[p + 1] <= ch && ch <= code[p + 2]) {
                        return ok;
                    }
                    p += 3;
                    break;
                case RANGE_UNI_IGNORE: {
                    if (code[p + 1] <= ch && ch <= code[p + 2]) {
                        return ok;
                    }
                    int u = uniUpper(ch);
                    if (code[p + 1] <= u && u <= code[p + 2]) {
                        return ok;
                    }
                    p += 3;
                    break;
                }
                case NEGATE:
                    ok = !ok;
                    p += 1;
                    break;
                case BIGCHARSET: {
                    int count = code[p + 1];
                    if (ch < 65536) {
                        int word = code[p + 2 + ((ch >> 8) >> 2)];
                        int block = (word >>> (8 * ((ch >> 8) & 3))) & 0xff;
                        int bits = code[p + 2 + 64 + block * 8 + ((ch & 255) >> 5)];
                        if ((bits & (1 << (ch & 31))) != 0) {
                            return ok;
                        }
                    }
                    p += 2 + 64 + count * 8;
                    break;
                }
                default:
                    throw new IllegalStateException("internal error in regular expression charset: " + code[p]);
            }
        }
    }

    /** Does the single-width item at {@code p} match ch? */
    boolean matchOne(int p, int ch) {
        switch (code[p]) {
            case ANY:
                return ch != '\n';
            case ANY_ALL:
                return true;
            case LITERAL:
                return ch == code[p + 1];
            case NOT_LITERAL:
                return ch != code[p + 1];
            case LITERAL_IGNORE:
            case LITERAL_LOC_IGNORE:
                return asciiLower(ch) == code[p + 1];
            case NOT_LITERAL_IGNORE:
            case NOT_LITERAL_LOC_IGNORE:
                return asciiLower(ch) != code[p + 1];
            case LITERAL_UNI_IGNORE:
                return uniLower(ch) == code[p + 1];
            case NOT_LITERAL_UNI_IGNORE:
                return uniLower(ch) != code[p + 1];
            case IN:
                return inSet(p + 2, ch);
            case IN_IGNORE:
            case IN_LOC_IGNORE:
                return inSet(p + 2, asciiLower(ch));
            case IN_UNI_IGNORE:
                return inSet(p + 2, uniLower(ch));
            case CATEGORY:
                return category(code[p + 1], ch);
            default:
                throw new IllegalStateException("internal error: not a single-character operator " + code[p]);
        }
    }

    // ------------------------------------------------------------------ state

    /** A loop of REPEAT ... MAX_UNTIL/MIN_UNTIL (immutable: each iteration makes a new one). */
    static final class Rep {
        final int pcRepeat;
        final int count;
        final int lastPos;
        final Rep prev;

        Rep(int pcRepeat, int count, int lastPos, Rep prev) {
            this.pcRepeat = pcRepeat;
            this.count = count;
            this.lastPos = lastPos;
            this.prev = prev;
        }
    }

    static final int K_BRANCH = 0;
    static final int K_REPEAT_GREEDY = 1;
    static final int K_REPEAT_LAZY = 2;
    static final int K_RESUME = 3;
    static final int K_MIN_UNTIL_MORE = 4;

    /** The subject and the search state of one match attempt. */
    public static final class State {
        public final int[] s;
        public final int end;
        public int[] marks;
        boolean marksShared;
        public int matchStart;
        public int matchEnd;
        public int lastIndex;
        // backtrack stack
        int[] stk = new int[64];
        Object[] ostk = new Object[32];
        int sp;
        int osp;
        public long steps;

        public State(int[] s, int end, int groups) {
            this.s = s;
            this.end = end;
            this.marks = new int[groups * 2 + 1];
        }
    }

    private static void push(State st, int a, int b, int c, int d, int[] marks, Rep rep) {
        if (st.sp + 4 > st.stk.length) {
            st.stk = Arrays.copyOf(st.stk, st.stk.length * 2);
        }
        if (st.osp + 2 > st.ostk.length) {
            st.ostk = Arrays.copyOf(st.ostk, st.ostk.length * 2);
        }
        st.stk[st.sp++] = a;
        st.stk[st.sp++] = b;
        st.stk[st.sp++] = c;
        st.stk[st.sp++] = d;
        st.ostk[st.osp++] = marks;
        st.ostk[st.osp++] = rep;
        st.marksShared = true;
    }

    private void setMark(State st, int i, int pos) {
        if (st.marksShared) {
            st.marks = st.marks.clone();
            st.marksShared = false;
        }
        if (i < groups * 2) {
            st.marks[i] = pos;
            if ((i & 1) != 0) {
                st.marks[groups * 2] = i / 2 + 1;
            }
        }
    }

    /** Number of items matching the single-width item at p starting at pos, at most max. */
    private int countSingle(State st, int p, int pos, long max) {
        int limit = (int) Math.min(st.end - pos, max);
        int n = 0;
        int[] s = st.s;
        switch (code[p]) {
            case ANY_ALL:
                return limit;
            case LITERAL: {
                int c = code[p + 1];
                while (n < limit && s[pos + n] == c) {
                    n++;
                }
                return n;
            }
            case NOT_LITERAL: {
                int c = code[p + 1];
                while (n < limit && s[pos + n] != c) {
                    n++;
                }
                return n;
            }
            case ANY: {
                while (n < limit && s[pos + n] != '\n') {
                    n++;
                }
                return n;
            }
            default:
                while (n < limit && matchOne(p, s[pos + n])) {
                    n++;
                }
                return n;
        }
    }

    private boolean at(State st, int kind, int pos) {
        int[] s = st.s;
        int end = st.end;
        switch (kind) {
            case 0:
            case 2:
                return pos == 0;
            case 1:
                return pos == 0 || s[pos - 1] == '\n';
            case 5:
                return pos == end || pos + 1 == end && s[pos] == '\n';
            case 6:
                return pos == end || s[pos] == '\n';
            case 7:
                return pos == end;
            case 3:
            case 4:
            case 8:
            case 9:
            case 10:
            case 11: {
                if (end == 0) {
                    return false;
                }
                boolean uni = kind >= 10;
                boolean loc = kind == 8 || kind == 9;
                boolean that = pos > 0 && (uni ? uniIsWord(s[pos - 1]) : loc ? category(8, s[pos - 1]) : isWord(s[pos - 1]));
                boolean thisw = pos < end && (uni ? uniIsWord(s[pos]) : loc ? category(8, s[pos]) : isWord(s[pos]));
                boolean boundary = kind == 3 || kind == 8 || kind == 10;
                return boundary ? thisw != that : thisw == that;
            }
            default:
                return false;
        }
    }

    private boolean groupRef(State st, int g, int pos, int mode, int[] newPos) {
        int[] m = st.marks;
        int a = m[2 * g];
        int b = m[2 * g + 1];
        if (a < 0 || b < 0 || b < a) {
            return false;
        }
        int len = b - a;
        if (pos + len > st.end) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            int x = st.s[a + k];
            int y = st.s[pos + k];
            if (mode == 0 ? x != y : mode == 1 ? asciiLower(x) != asciiLower(y) : uniLower(x) != uniLower(y)) {
                return false;
            }
        }
        newPos[0] = pos + len;
        return true;
    }

    // ------------------------------------------------------------------ matching

    /**
     * Tries to match at {@code start}. On success st.matchEnd, st.marks and st.lastIndex are set.
     * fullMatch: the match must end at st.end; mustAdvance: the match must not be empty.
     */
    public boolean match(State st, int start, boolean fullMatch, boolean mustAdvance) {
        int[] marks = new int[groups * 2 + 1];
        Arrays.fill(marks, 0, groups * 2, -1);
        st.marks = marks;
        st.marksShared = false;
        st.sp = 0;
        st.osp = 0;
        st.matchStart = start;
        int base = 0;
        int r = run(st, 0, start, null, base, fullMatch, mustAdvance, start);
        if (r >= 0) {
            st.matchEnd = r;
            st.lastIndex = st.marks[groups * 2];
            return true;
        }
        return false;
    }

    /** Searches from start; on success st.matchStart/matchEnd are set. */
    public boolean search(State st, int start, boolean mustAdvance) {
        int pc = 0;
        int minLen = 0;
        if (code.length > 0 && code[0] == INFO) {
            minLen = code[3];
        }
        int firstLiteral = -1;
        int p = code.length > 0 && code[0] == INFO ? 1 + code[1] : 0;
        if (p < code.length && code[p] == LITERAL) {
            firstLiteral = code[p + 1];
        }
        for (int pos = start; pos <= st.end; pos++) {
            if (st.end - pos < minLen) {
                return false;
            }
            if (firstLiteral >= 0) {
                while (pos < st.end && st.s[pos] != firstLiteral) {
                    pos++;
                }
                if (pos >= st.end) {
                    return false;
                }
            }
            if (match(st, pos, false, mustAdvance && pos == start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the VM from pc at pos; returns the end position of the match or -1. Choice points
     * below {@code base} belong to callers (assertions run with their own base).
     */
    private int run(State st, int pc, int pos, Rep rep, int base, boolean fullMatch, boolean mustAdvance, int start) {
        final int[] code = this.code;
        final int[] s = st.s;
        final int end = st.end;
        final int[] tmp = new int[1];
        int sbase = st.sp;
        int obase = st.osp;
        main: while (true) {
            st.steps++;
            boolean fail = false;
            switch (code[pc]) {
                case FAILURE:
                    fail = true;
                    break;
                case SUCCESS:
                    if (base >= 0 && (fullMatch && pos != end || mustAdvance && pos == start)) {
                        fail = true;
                        break;
                    }
                    st.sp = sbase;
                    st.osp = obase;
                    return pos;
                case ANY:
                    if (pos < end && s[pos] != '\n') {
                        pos++;
                        pc++;
                    } else {
                        fail = true;
                    }
                    break;
                case ANY_ALL:
                    if (pos < end) {
                        pos++;
                        pc++;
                    } else {
                        fail = true;
                    }
                    break;
                case LITERAL:
                case NOT_LITERAL:
                case LITERAL_IGNORE:
                case NOT_LITERAL_IGNORE:
                case LITERAL_LOC_IGNORE:
                case NOT_LITERAL_LOC_IGNORE:
                case LITERAL_UNI_IGNORE:
                case NOT_LITERAL_UNI_IGNORE:
                case CATEGORY:
                    if (pos < end && matchOne(pc, s[pos])) {
                        pos++;
                        pc += 2;
                    } else {
                        fail = true;
                    }
                    break;
                case IN:
                case IN_IGNORE:
                case IN_LOC_IGNORE:
                case IN_UNI_IGNORE:
                    if (pos < end && matchOne(pc, s[pos])) {
                        pos++;
                        pc += 1 + code[pc + 1];
                    } else {
                        fail = true;
                    }
                    break;
                case AT:
                    if (at(st, code[pc + 1], pos)) {
                        pc += 2;
                    } else {
                        fail = true;
                    }
                    break;
                case INFO:
                    if (end - pos < code[pc + 3]) {
                        fail = true;
                    } else {
                        pc += 1 + code[pc + 1];
                    }
                    break;
                case JUMP:
                    pc += 1 + code[pc + 1];
                    break;
                case MARK:
                    setMark(st, code[pc + 1], pos);
                    pc += 2;
                    break;
                case BRANCH: {
                    int alt = pc + 1;
                    int next = alt + code[alt];
                    if (code[next] != 0) {
                        push(st, K_BRANCH, next, pos, 0, st.marks, rep);
                    }
                    pc = alt + 1;
                    break;
                }
                case REPEAT_ONE:
                case MIN_REPEAT_ONE: {
                    long min = code[pc + 2] & 0xffffffffL;
                    long max = code[pc + 3] & 0xffffffffL;
                    int next = pc + 1 + code[pc + 1];
                    int body = pc + 4;
                    if (pos + min > end) {
                        fail = true;
                        break;
                    }
                    if (code[pc] == REPEAT_ONE) {
                        int n = countSingle(st, body, pos, max);
                        if (n < min) {
                            fail = true;
                            break;
                        }
                        if (code[next] == SUCCESS && !fullMatch && !mustAdvance && base >= 0) {
                            pos += n;
                            pc = next;
                            break;
                        }
                        if (n > min) {
                            push(st, K_REPEAT_GREEDY, next, pos, n - 1, st.marks, rep);
                            st.stk[st.sp - 4] = K_REPEAT_GREEDY | ((int) min << 3);
                        }
                        pos += n;
                        pc = next;
                    } else {
                        int n = countSingle(st, body, pos, min);
                        if (n < min) {
                            fail = true;
                            break;
                        }
                        pos += n;
                        if (n < max) {
                            push(st, K_REPEAT_LAZY | (pc << 3), next, pos, n, st.marks, rep);
                        }
                        pc = next;
                    }
                    break;
                }
                case REPEAT: {
                    int untilPc = pc + 1 + code[pc + 1];
                    rep = new Rep(pc, -1, -1, rep);
                    pc = untilPc;
                    break;
                }
                case MAX_UNTIL: {
                    if (rep == null) {
                        throw new IllegalStateException("internal error: MAX_UNTIL without REPEAT");
                    }
                    int rp = rep.pcRepeat;
                    long min = code[rp + 2] & 0xffffffffL;
                    long max = code[rp + 3] & 0xffffffffL;
                    int count = rep.count + 1;
                    if (count < min) {
                        rep = new Rep(rp, count, pos, rep.prev);
                        pc = rp + 4;
                        break;
                    }
                    if ((count < max || max == MAXREPEAT) && pos != rep.lastPos) {
                        // choice: leave the loop (tried after another iteration fails)
                        push(st, K_RESUME, pc + 1, pos, 0, st.marks, rep.prev);
                        rep = new Rep(rp, count, pos, rep.prev);
                        pc = rp + 4;
                        break;
                    }
                    rep = rep.prev;
                    pc = pc + 1;
                    break;
                }
                case MIN_UNTIL: {
                    if (rep == null) {
                        throw new IllegalStateException("internal error: MIN_UNTIL without REPEAT");
                    }
                    int rp = rep.pcRepeat;
                    long min = code[rp + 2] & 0xffffffffL;
                    int count = rep.count + 1;
                    if (count < min) {
                        rep = new Rep(rp, count, pos, rep.prev);
                        pc = rp + 4;
                        break;
                    }
                    // choice: one more iteration (tried after the tail fails)
                    push(st, K_MIN_UNTIL_MORE, pc, pos, count, st.marks, rep);
                    rep = rep.prev;
                    pc = pc + 1;
                    break;
                }
                case GROUPREF:
                case GROUPREF_IGNORE:
                case GROUPREF_LOC_IGNORE:
                case GROUPREF_UNI_IGNORE: {
                    int op = code[pc];
                    int mode = op == GROUPREF ? 0 : op == GROUPREF_UNI_IGNORE ? 2 : 1;
                    int g = code[pc + 1];
                    if (g < groups && groupRef(st, g, pos, mode, tmp)) {
                        pos = tmp[0];
                        pc += 2;
                    } else {
                        fail = true;
                    }
                    break;
                }
                case GROUPREF_EXISTS: {
                    int g = code[pc + 1];
                    if (g < groups && st.marks[2 * g] >= 0 && st.marks[2 * g + 1] >= 0 && st.marks[2 * g] <= st.marks[2 * g + 1]) {
                        pc += 3;
                    } else {
                        pc = pc + 1 + code[pc + 2];
                    }
                    break;
                }
                case ASSERT:
                case ASSERT_NOT: {
                    int back = code[pc + 2];
                    int next = pc + 1 + code[pc + 1];
                    int p = pos - back;
                    boolean positive = code[pc] == ASSERT;
                    if (p < 0 || p > end) {
                        if (positive) {
                            fail = true;
                        } else {
                            pc = next;
                        }
                        break;
                    }
                    int[] saved = st.marks;
                    boolean savedShared = st.marksShared;
                    st.marksShared = true;
                    int r = run(st, pc + 3, p, rep, -1, false, false, p);
                    if (positive) {
                        if (r >= 0) {
                            pc = next;
                        } else {
                            st.marks = saved;
                            st.marksShared = true;
                            fail = true;
                        }
                    } else {
                        st.marks = saved;
                        st.marksShared = savedShared || true;
                        if (r >= 0) {
                            fail = true;
                        } else {
                            pc = next;
                        }
                    }
                    break;
                }
                case CALL:
                case SUBPATTERN:
                default:
                    throw new IllegalStateException("internal error: unsupported opcode " + code[pc]);
            }
            if (!fail) {
                continue;
            }
            // ---- backtrack
            while (true) {
                if (st.sp <= sbase) {
                    st.sp = sbase;
                    st.osp = obase;
                    return -1;
                }
                st.sp -= 4;
                st.osp -= 2;
                int kind = st.stk[st.sp];
                int a = st.stk[st.sp + 1];
                int b = st.stk[st.sp + 2];
                int c = st.stk[st.sp + 3];
                int[] fm = (int[]) st.ostk[st.osp];
                Rep fr = (Rep) st.ostk[st.osp + 1];
                st.ostk[st.osp] = null;
                st.ostk[st.osp + 1] = null;
                st.marks = fm;
                st.marksShared = true;
                rep = fr;
                switch (kind & 7) {
                    case K_BRANCH: {
                        int alt = a;
                        int next = alt + code[alt];
                        if (code[next] != 0) {
                            push(st, K_BRANCH, next, b, 0, fm, fr);
                        }
                        pc = alt + 1;
                        pos = b;
                        continue main;
                    }
                    case K_REPEAT_GREEDY: {
                        int min = kind >>> 3;
                        int n = c;
                        int next = a;
                        int startPos = b;
                        // with a literal after the loop, only stop where it can match
                        if (code[next] == LITERAL) {
                            int lit = code[next + 1];
                            while (n >= min && (startPos + n >= end || s[startPos + n] != lit)) {
                                n--;
                            }
                            if (n < min) {
                                continue;
                            }
                        }
                        if (n > min) {
                            push(st, kind, next, startPos, n - 1, fm, fr);
                        }
                        pos = startPos + n;
                        pc = next;
                        continue main;
                    }
                    case K_REPEAT_LAZY: {
                        int rpc = kind >>> 3;
                        long max = code[rpc + 3] & 0xffffffffL;
                        int next = a;
                        int p = b;
                        int n = c;
                        if (p >= end || !matchOne(rpc + 4, s[p])) {
                            continue;
                        }
                        p++;
                        n++;
                        if (n < max) {
                            push(st, kind, next, p, n, fm, fr);
                        }
                        pos = p;
                        pc = next;
                        continue main;
                    }
                    case K_RESUME:
                        pc = a;
                        pos = b;
                        continue main;
                    case K_MIN_UNTIL_MORE: {
                        int rp = fr.pcRepeat;
                        long max = code[rp + 3] & 0xffffffffL;
                        int count = c;
                        if (!(count < max || max == MAXREPEAT) || b == fr.lastPos) {
                            continue;
                        }
                        rep = new Rep(rp, count, b, fr.prev);
                        pc = rp + 4;
                        pos = b;
                        continue main;
                    }
                    default:
                        throw new IllegalStateException("bad backtrack frame");
                }
            }
        }
    }
}

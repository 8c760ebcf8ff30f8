package org.cinderj.runtime.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The SRE interpreter on code compiled by CPython 3.10.8's sre_compile (spans as CPython reports them). */
class SreEngineTest {
    private static final long M = 4294967295L;

    private static SreEngine engine(int groups, long... code) {
        int[] c = new int[code.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (int) code[i];
        }
        return new SreEngine(c, groups);
    }

    private static SreEngine.State state(SreEngine e, String s) {
        int[] cps = s.codePoints().toArray();
        return new SreEngine.State(cps, cps.length, e.groups());
    }

    @Test
    void greedyRepeatOne() {
        SreEngine e = engine(0, 15, 4, 0, 2, M, 25, 6, 1, M, 17, 97, 1, 17, 98, 1); // a+b
        SreEngine.State st = state(e, "xaaab");
        assertTrue(e.search(st, 0, false));
        assertEquals(1, st.matchStart);
        assertEquals(5, st.matchEnd);
        assertFalse(e.match(state(e, "b"), 0, false, false));
    }

    @Test
    void repeatWithGroupOnLongInput() {
        // (a|b)*c: no Java recursion per iteration
        SreEngine e = engine(1, 15, 4, 0, 1, M, 24, 13, 0, M, 18, 0, 14, 5, 23, 97, 98, 0, 18, 1, 19, 17, 99, 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50000; i++) {
            sb.append("ab");
        }
        sb.append('c');
        SreEngine.State st = state(e, sb.toString());
        assertTrue(e.match(st, 0, false, false));
        assertEquals(100001, st.matchEnd);
        assertEquals(99999, st.marks[0]);
        assertEquals(100000, st.marks[1]);
        assertEquals(1, st.lastIndex);
    }

    @Test
    void lazyRepeat() {
        // (a|b)*?c
        SreEngine e = engine(1, 15, 4, 0, 1, M, 24, 13, 0, M, 18, 0, 14, 5, 23, 97, 98, 0, 18, 1, 20, 17, 99, 1);
        SreEngine.State st = state(e, "ababc");
        assertTrue(e.match(st, 0, false, false));
        assertEquals(5, st.matchEnd);
        assertEquals(3, st.marks[0]);
    }

    @Test
    void lookbehindAndConditional() {
        SreEngine lb = engine(0, 15, 4, 0, 1, 1, 4, 5, 1, 17, 97, 1, 17, 98, 1); // (?<=a)b
        SreEngine.State st = state(lb, "cbab");
        assertTrue(lb.search(st, 0, false));
        assertEquals(3, st.matchStart);
        // (a)?(?(1)b|c)
        SreEngine cond = engine(1, 15, 4, 0, 1, 2, 24, 9, 0, 1, 18, 0, 17, 97, 18, 1, 19, 13, 0, 6, 17, 98, 16, 3, 17, 99, 1);
        SreEngine.State s1 = state(cond, "c");
        assertTrue(cond.match(s1, 0, false, false));
        assertEquals(1, s1.matchEnd);
        SreEngine.State s2 = state(cond, "ab");
        assertTrue(cond.match(s2, 0, false, false));
        assertEquals(2, s2.matchEnd);
        assertFalse(cond.match(state(cond, "ac"), 0, false, false));
    }

    @Test
    void fullMatchAndMustAdvance() {
        SreEngine e = engine(0, 15, 8, 1, 2, M, 1, 1, 97, 0, 17, 97, 25, 5, 0, M, 2, 1, 17, 98, 1); // a.*b
        SreEngine.State st = state(e, "axbyb");
        assertTrue(e.match(st, 0, false, false));
        assertEquals(5, st.matchEnd);
        assertFalse(e.match(state(e, "axbyc"), 0, true, false));
    }

    @Test
    void caseHelpers() {
        assertEquals('a', SreEngine.asciiLower('A'));
        assertTrue(SreEngine.uniIsCased(0x212a));
        assertFalse(SreEngine.asciiIsCased('1'));
    }
}

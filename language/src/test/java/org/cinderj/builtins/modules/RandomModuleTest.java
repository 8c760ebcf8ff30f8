package org.cinderj.builtins.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** MT19937 outputs against CPython 3.10.8 (_random.Random). */
class RandomModuleTest {
    @Test
    void matchesCPython() {
        RandomModule.MT m = new RandomModule.MT(RandomModule.RANDOM);
        m.seed(BigInteger.ONE);
        assertEquals("0x1.132d8f91b7584p-3", Double.toHexString(m.random()));
        assertEquals("0x1.b1e2d5b3584f8p-1", Double.toHexString(m.random()));
        assertEquals(new BigInteger("99436813185968347955962756036"), m.getrandbits(100));
        m.seed(BigInteger.TWO.pow(100).add(BigInteger.valueOf(12345)));
        assertEquals("0x1.c78cd1084ede2p-2", Double.toHexString(m.random()));
        assertEquals(38L, m.getrandbits(7));
        assertEquals(2561083672L, m.getrandbits(32));
        assertEquals(7277064695L, m.getrandbits(33));
        m.seed(BigInteger.ZERO);
        assertEquals("0x1.b0580f98a7dbep-1", Double.toHexString(m.random()));
    }
}

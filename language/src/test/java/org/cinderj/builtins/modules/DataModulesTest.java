package org.cinderj.builtins.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Checksums, digests and struct packing against CPython 3.10.8 results. */
class DataModulesTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void checksums() {
        assertEquals(3421780262L, BinasciiModule.crc32(b("123456789"), 0));
        assertEquals(12739L, BinasciiModule.crcHqx(b("123456789"), 0));
        assertEquals("aGVsbG8=\n", new String(BinasciiModule.b2aBase64(b("hello"), true), StandardCharsets.ISO_8859_1));
        assertEquals("hello", new String(BinasciiModule.a2bBase64(b("aGVs\nbG8=")), StandardCharsets.ISO_8859_1));
    }

    @Test
    void keccakAndBlake2() {
        HashModules.Keccak k = new HashModules.Keccak(144, (byte) 6);
        k.update(b("abc"));
        assertEquals("e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf", HashModules.hex(k.digest(28)));
        assertEquals("46b9dd2b0ba88d13233b3feb743eeb24", HashModules.hex(new HashModules.Keccak(136, (byte) 0x1f).digest(16)));
        Blake2.B2 s = new Blake2.B2(false, 32, new byte[0], new byte[0], new byte[0]);
        s.update(b("abc"));
        assertEquals("508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982", HashModules.hex(s.digest(0)));
        Blake2.B2 bb = new Blake2.B2(true, 64, new byte[0], new byte[0], new byte[0]);
        assertEquals("786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce",
                        HashModules.hex(bb.digest(0)));
    }

    @Test
    void structLayoutAndHalfFloats() {
        assertEquals(24, StructModule.compile("@bhiqd").size);
        assertEquals(23, StructModule.compile("<bhiqd").size);
        assertEquals(8, StructModule.compile("@ci").size);
        assertEquals(5, StructModule.compile("@ic").size);
        assertEquals(12, StructModule.compile("5p3x2s0i").size);
        assertEquals(0x7bff, StructModule.toHalf(65504.0));
        assertEquals(0x0001, StructModule.toHalf(5.960464477539063e-08));
        assertEquals(0x2e66, StructModule.toHalf(0.1));
        assertEquals(0x0000, StructModule.toHalf(2.5e-08));
        assertEquals(1.5, StructModule.fromHalf(0x3e00));
    }
}

package org.cinderj.builtins.modules;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/** {@code id(obj)}: stable, unique identities for live objects (weak identity map). */
final class ObjectIds {
    private ObjectIds() {
    }

    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    private static final Map<Key, Long> IDS = new HashMap<>();
    private static long next = 0x7f3a00001000L;

    private static final class Key extends WeakReference<Object> {
        final int hash;

        Key(Object o, ReferenceQueue<Object> q) {
            super(o, q);
            hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (other instanceof Key k) {
                Object a = get();
                return a != null && a == k.get();
            }
            return false;
        }
    }

    static synchronized long id(Object o) {
        if (o instanceof Long l) {
            return 0x7f3900000000L + (l << 5);
        } else if (o instanceof Boolean b) {
            return b ? 0x7f3800000020L : 0x7f3800000040L;
        }
        Object stale;
        while ((stale = QUEUE.poll()) != null) {
            IDS.remove(stale);
        }
        Key k = new Key(o, null);
        Long id = IDS.get(k);
        if (id == null) {
            id = next;
            next += 16;
            IDS.put(new Key(o, QUEUE), id);
        }
        return id;
    }
}

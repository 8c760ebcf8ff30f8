package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** The {@code _thread} module: real locks; starting threads is not supported yet. */
public final class ThreadModule {
    private ThreadModule() {
    }

    static final PythonClass LOCK = PyUtil.newFinalClass("_thread", "lock");
    static final PythonClass RLOCK = PyUtil.newClass("_thread", "RLock");
    static final PythonClass LOCAL = PyUtil.newClass("_thread", "_local");
    static final double TIMEOUT_MAX = 9223372036.0;

    static final class PLock extends PythonObject {
        final Semaphore sem = new Semaphore(1);

        PLock(PythonClass c) {
            super(c);
        }
    }

    static final class PRLock extends PythonObject {
        final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();

        PRLock(PythonClass c) {
            super(c);
        }
    }

    static boolean acquire(Object blockingObj, Object timeoutObj, TryAcquire t) {
        boolean blocking = PyUtil.truthy(blockingObj);
        double timeout = PyUtil.toDouble(timeoutObj);
        if (!blocking && timeout != -1) {
            throw PythonErrors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw PythonErrors.valueError("timeout value must be a non-negative number");
        }
        if (timeout > TIMEOUT_MAX) {
            throw PythonErrors.overflowError("timeout value is too large");
        }
        try {
            if (!blocking) {
                return t.tryNow();
            } else if (timeout == -1) {
                return t.tryFor(-1);
            }
            return t.tryFor((long) (timeout * 1e9));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PythonErrors.raise(BuiltinTypes.KEYBOARD_INTERRUPT, "");
        }
    }

    interface TryAcquire {
        boolean tryNow();

        boolean tryFor(long nanos) throws InterruptedException;
    }

    static {
        PyUtil.constructor(LOCK, "(cls, *args, **kwargs)", a -> new PLock(LOCK));
        for (String n : new String[]{"acquire", "acquire_lock", "__enter__"}) {
            BuiltinDef.method(LOCK, n, "(self, blocking=True, timeout=-1)", a -> {
                PLock l = (PLock) a[0];
                return acquire(a[1], a[2], new TryAcquire() {
                    public boolean tryNow() {
                        return l.sem.tryAcquire();
                    }

                    public boolean tryFor(long nanos) throws InterruptedException {
                        if (nanos < 0) {
                            l.sem.acquire();
                            return true;
                        }
                        return l.sem.tryAcquire(nanos, TimeUnit.NANOSECONDS);
                    }
                });
            });
        }
        for (String n : new String[]{"release", "release_lock"}) {
            BuiltinDef.method(LOCK, n, "(self)", a -> {
                PLock l = (PLock) a[0];
                if (l.sem.availablePermits() > 0) {
                    throw PythonErrors.runtimeError("release unlocked lock");
                }
                l.sem.release();
                return NONE;
            });
        }
        BuiltinDef.method(LOCK, "__exit__", "(self, *args)", a -> {
            ((PLock) a[0]).sem.release();
            return NONE;
        });
        for (String n : new String[]{"locked", "locked_lock"}) {
            BuiltinDef.method(LOCK, n, "(self)", a -> ((PLock) a[0]).sem.availablePermits() == 0);
        }
        BuiltinDef.method(LOCK, "_at_fork_reinit", "(self)", a -> NONE);
        BuiltinDef.method(LOCK, "__repr__", "(self)", a -> String.format("<%s _thread.lock object at 0x%x>",
                        ((PLock) a[0]).sem.availablePermits() == 0 ? "locked" : "unlocked", ObjectIds.id(a[0])));

        PyUtil.constructor(RLOCK, "(cls, *args, **kwargs)", a -> new PRLock((PythonClass) a[0]));
        for (String n : new String[]{"acquire", "__enter__"}) {
            BuiltinDef.method(RLOCK, n, "(self, blocking=True, timeout=-1)", a -> {
                PRLock l = (PRLock) a[0];
                return acquire(a[1], a[2], new TryAcquire() {
                    public boolean tryNow() {
                        return l.lock.tryLock();
                    }

                    public boolean tryFor(long nanos) throws InterruptedException {
                        if (nanos < 0) {
                            l.lock.lockInterruptibly();
                            return true;
                        }
                        return l.lock.tryLock(nanos, TimeUnit.NANOSECONDS);
                    }
                });
            });
        }
        BuiltinDef.method(RLOCK, "release", "(self)", a -> {
            PRLock l = (PRLock) a[0];
            if (!l.lock.isHeldByCurrentThread()) {
                throw PythonErrors.runtimeError("cannot release un-acquired lock");
            }
            l.lock.unlock();
            return NONE;
        });
        BuiltinDef.method(RLOCK, "__exit__", "(self, *args)", a -> {
            PRLock l = (PRLock) a[0];
            if (!l.lock.isHeldByCurrentThread()) {
                throw PythonErrors.runtimeError("cannot release un-acquired lock");
            }
            l.lock.unlock();
            return NONE;
        });
        BuiltinDef.method(RLOCK, "_is_owned", "(self)", a -> ((PRLock) a[0]).lock.isHeldByCurrentThread());
        BuiltinDef.method(RLOCK, "_recursion_count", "(self)", a -> (long) ((PRLock) a[0]).lock.getHoldCount());
        BuiltinDef.method(RLOCK, "_release_save", "(self)", a -> {
            PRLock l = (PRLock) a[0];
            if (!l.lock.isHeldByCurrentThread()) {
                throw PythonErrors.runtimeError("cannot release un-acquired lock");
            }
            int count = l.lock.getHoldCount();
            for (int i = 0; i < count; i++) {
                l.lock.unlock();
            }
            return PyUtil.tuple((long) count, Thread.currentThread().threadId());
        });
        BuiltinDef.method(RLOCK, "_acquire_restore", "(self, state, /)", a -> {
            PRLock l = (PRLock) a[0];
            long count = PyUtil.toLong(org.cinderj.runtime.PyOps.getItem(a[1], 0L));
            for (long i = 0; i < count; i++) {
                l.lock.lock();
            }
            return NONE;
        });
        BuiltinDef.method(RLOCK, "_at_fork_reinit", "(self)", a -> NONE);
        PyUtil.constructor(LOCAL, "(cls, *args, **kwargs)", a -> new PythonObject((PythonClass) a[0]));
        BuiltinDef.method(LOCAL, "__init__", "(self, *args, **kwargs)", a -> NONE);
    }

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("_thread");
        m.setAttr("LockType", LOCK);
        m.setAttr("lock", LOCK);
        m.setAttr("RLock", RLOCK);
        m.setAttr("_local", LOCAL);
        m.setAttr("error", BuiltinTypes.RUNTIME_ERROR);
        m.setAttr("TIMEOUT_MAX", TIMEOUT_MAX);
        BuiltinDef.function(m, "allocate_lock", "()", a -> new PLock(LOCK));
        BuiltinDef.function(m, "allocate", "()", a -> new PLock(LOCK));
        BuiltinDef.function(m, "_set_sentinel", "()", a -> new PLock(LOCK));
        BuiltinDef.function(m, "get_ident", "()", a -> Thread.currentThread().threadId());
        BuiltinDef.function(m, "get_native_id", "()", a -> Thread.currentThread().threadId());
        BuiltinDef.function(m, "_count", "()", a -> 0L);
        BuiltinDef.function(m, "stack_size", "(size=0, /)", a -> 0L);
        BuiltinDef.function(m, "interrupt_main", "(signum=2, /)", a -> NONE);
        BuiltinDef.function(m, "exit", "()", a -> {
            throw PythonErrors.raiseObject(PythonErrors.create(BuiltinTypes.SYSTEM_EXIT));
        });
        BuiltinDef.function(m, "start_new_thread", "(function, args, kwargs=?, /)", a -> {
            throw PythonErrors.runtimeError("can't start new thread");
        });
        BuiltinDef.function(m, "start_new", "(function, args, kwargs=?, /)", a -> {
            throw PythonErrors.runtimeError("can't start new thread");
        });
        return m;
    }
}

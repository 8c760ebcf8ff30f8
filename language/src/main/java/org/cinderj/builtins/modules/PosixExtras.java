package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;
import static org.cinderj.builtins.modules.PyUtil.absent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.bytes.BytesOps;
import org.cinderj.runtime.bytes.PBytes;
import org.cinderj.runtime.io.FileRawIO;
import org.cinderj.runtime.io.IoErrors;
import org.cinderj.runtime.io.RawIO;
import org.cinderj.runtime.module.PythonModule;

/** posix functions over file descriptors and permissions: open, read, write, lseek, ftruncate, chmod, link, ... */
final class PosixExtras {
    private PosixExtras() {
    }

    static Set<PosixFilePermission> perms(long mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int i = 0; i < 9; i++) {
            if ((mode & (1L << i)) != 0) {
                s.add(order[i]);
            }
        }
        return s;
    }

    static RawIO fd(PythonContext ctx, Object o) {
        RawIO r = FdTable.get(ctx, PyUtil.toInt(o));
        if (r == null) {
            throw IoErrors.oserror(9, "Bad file descriptor", null);
        }
        return r;
    }

    static void define(PythonModule m, PythonContext ctx) {
        Object[][] consts = {{"O_ACCMODE", 3L}, {"O_NOCTTY", 256L}, {"O_NONBLOCK", 2048L}, {"O_NDELAY", 2048L}, {"O_DSYNC", 4096L},
            {"O_SYNC", 1052672L}, {"O_NOFOLLOW", 131072L}, {"O_NOATIME", 262144L}, {"O_PATH", 2097152L}, {"O_TMPFILE", 4259840L},
            {"SEEK_SET", 0L}, {"SEEK_CUR", 1L}, {"SEEK_END", 2L}, {"F_OK", 0L}, {"R_OK", 4L}, {"W_OK", 2L}, {"X_OK", 1L}};
        for (Object[] kv : consts) {
            if (m.getAttr((String) kv[0]) == null) {
                m.setAttr((String) kv[0], kv[1]);
            }
        }
        BuiltinDef.function(m, "open", "(path, flags, mode=511, *, dir_fd=None)", a -> {
            String p = PosixModule.path(a[0]);
            long flags = PyUtil.toLong(a[1]);
            int acc = (int) (flags & 3);
            boolean readable = acc == 0 || acc == 2;
            boolean writable = acc == 1 || acc == 2;
            boolean create = (flags & 64) != 0;
            boolean excl = (flags & 128) != 0;
            boolean trunc = (flags & 512) != 0;
            boolean append = (flags & 1024) != 0;
            Path path = IoModule.resolve(p);
            if (Files.isDirectory(path) && writable) {
                throw IoErrors.oserror(21, "Is a directory", a[0]);
            }
            boolean existed = Files.exists(path);
            try {
                FileRawIO raw = FileRawIO.open(path.toString(), readable, writable, append, trunc && writable, create, create && excl, -1);
                RawIO reg = FdTable.register(ctx, raw);
                if (create && !existed) {
                    try {
                        Files.setPosixFilePermissions(path, perms(PyUtil.toLong(a[2]) & ~022L));
                    } catch (UnsupportedOperationException | IOException e) {
                        // best effort
                    }
                }
                return (long) reg.fileno();
            } catch (IOException e) {
                throw IoErrors.fromJava(e, a[0]);
            }
        });
        BuiltinDef.function(m, "read", "(fd, length, /)", a -> {
            RawIO r = fd(ctx, a[0]);
            long n = PyUtil.toLong(a[1]);
            if (n < 0) {
                throw IoErrors.oserror(22, "Invalid argument", null);
            }
            byte[] b = new byte[(int) Math.min(n, 1 << 26)];
            try {
                int got = b.length == 0 ? 0 : r.read(b, 0, b.length);
                return got <= 0 ? PBytes.EMPTY : BytesOps.newBytes(java.util.Arrays.copyOf(b, got));
            } catch (IOException e) {
                throw IoErrors.fromJava(e, null);
            }
        });
        BuiltinDef.function(m, "write", "(fd, data, /)", a -> {
            RawIO r = fd(ctx, a[0]);
            byte[] b = BytesOps.requireBytesLike(a[1]);
            try {
                r.write(b, 0, b.length);
                r.flush();
            } catch (IOException e) {
                throw IoErrors.fromJava(e, null);
            }
            return (long) b.length;
        });
        BuiltinDef.function(m, "lseek", "(fd, position, how, /)", a -> {
            try {
                return fd(ctx, a[0]).seek(PyUtil.toLong(a[1]), PyUtil.toInt(a[2]));
            } catch (IOException e) {
                throw IoErrors.fromJava(e, null);
            }
        });
        BuiltinDef.function(m, "ftruncate", "(fd, length, /)", a -> {
            try {
                fd(ctx, a[0]).truncate(PyUtil.toLong(a[1]));
            } catch (IOException e) {
                throw IoErrors.fromJava(e, null);
            }
            return NONE;
        });
        BuiltinDef.function(m, "truncate", "(path, length)", a -> {
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(IoModule.resolve(PosixModule.path(a[0])),
                            java.nio.file.StandardOpenOption.WRITE)) {
                ch.truncate(PyUtil.toLong(a[1]));
            } catch (IOException e) {
                throw IoErrors.fromJava(e, a[0]);
            }
            return NONE;
        });
        BuiltinDef.function(m, "chmod", "(path, mode, *, dir_fd=None, follow_symlinks=True)", a -> {
            try {
                Files.setPosixFilePermissions(IoModule.resolve(PosixModule.path(a[0])), perms(PyUtil.toLong(a[1])));
            } catch (IOException e) {
                throw IoErrors.fromJava(e, a[0]);
            } catch (UnsupportedOperationException e) {
                throw IoErrors.oserror(95, "Operation not supported", a[0]);
            }
            return NONE;
        });
        BuiltinDef.function(m, "fchmod", "(fd, mode)", a -> {
            fd(ctx, a[0]);
            return NONE;
        });
        BuiltinDef.function(m, "link", "(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)", a -> {
            try {
                Files.createLink(IoModule.resolve(PosixModule.path(a[1])), IoModule.resolve(PosixModule.path(a[0])));
            } catch (IOException e) {
                throw IoErrors.fromJava(e, a[0]);
            }
            return NONE;
        });
        BuiltinDef.function(m, "getcwdb", "()", a -> BytesOps.newBytes(PosixModule.cwd().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        BuiltinDef.function(m, "sync", "()", a -> NONE);
        BuiltinDef.function(m, "cpu_count", "()", a -> (long) Runtime.getRuntime().availableProcessors());
        BuiltinDef.function(m, "sched_getaffinity", "(pid, /)", a -> {
            org.cinderj.runtime.set.PSet s = new org.cinderj.runtime.set.PSet();
            for (long i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
                s.add(i);
            }
            return s;
        });
        if (absent(m.getAttr("getloadavg"))) {
            BuiltinDef.function(m, "getloadavg", "()", a -> {
                double l = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                if (l < 0) {
                    throw IoErrors.oserror(0, "Load averages are unobtainable", null);
                }
                return PyUtil.tuple(l, l, l);
            });
        }
    }
}

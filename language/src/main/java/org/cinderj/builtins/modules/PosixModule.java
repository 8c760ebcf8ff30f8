package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;
import static org.cinderj.builtins.modules.PyUtil.absent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Map;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.io.IoErrors;
import org.cinderj.runtime.io.RawIO;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** The {@code posix} module: what {@code os} needs (paths, stat, directories, environment, fds). */
public final class PosixModule {
    private PosixModule() {
    }

    private static volatile String cwd = System.getProperty("user.dir");

    /** The emulated working directory ({@code os.getcwd()}); {@code os.chdir} changes it. */
    public static String cwd() {
        return cwd;
    }

    static void setCwd(String dir) {
        cwd = dir;
    }

    static final String[] STAT_FIELDS = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime_int", "st_mtime_int",
        "st_ctime_int", "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"};
    static final PythonClass STAT_RESULT;
    static final PythonClass TERMINAL_SIZE = StructSeq.type("os", "terminal_size", new String[]{"columns", "lines"}, 2);
    static final PythonClass UNAME_RESULT = StructSeq.type("posix", "uname_result", new String[]{"sysname", "nodename", "release", "version", "machine"}, 5);
    static final PythonClass TIMES_RESULT = StructSeq.type("posix", "times_result",
                    new String[]{"user", "system", "children_user", "children_system", "elapsed"}, 5);
    static final PythonClass DIR_ENTRY = PyUtil.newFinalClass("posix", "DirEntry");
    static final PythonClass SCANDIR_ITER = PyUtil.newFinalClass("posix", "ScandirIterator");

    static {
        String[] names = STAT_FIELDS.clone();
        // the first 10 are the tuple items; st_atime etc. as int are items 7-9
        names[7] = "st_atime_i";
        names[8] = "st_mtime_i";
        names[9] = "st_ctime_i";
        STAT_RESULT = StructSeq.type("os", "stat_result", names, 10);
        PIter.iteratorMethods(SCANDIR_ITER);
        BuiltinDef.method(SCANDIR_ITER, "__enter__", "(self)", a -> a[0]);
        BuiltinDef.method(SCANDIR_ITER, "__exit__", "(self, *args)", a -> NONE);
        BuiltinDef.method(SCANDIR_ITER, "close", "(self)", a -> NONE);
        BuiltinDef.getter(DIR_ENTRY, "name", self -> ((DirEntry) self).name);
        BuiltinDef.getter(DIR_ENTRY, "path", self -> ((DirEntry) self).path);
        BuiltinDef.method(DIR_ENTRY, "is_dir", "(self, *, follow_symlinks=True)", a -> Files.isDirectory(Path.of(((DirEntry) a[0]).path),
                        linkOpts(a[1])));
        BuiltinDef.method(DIR_ENTRY, "is_file", "(self, *, follow_symlinks=True)", a -> Files.isRegularFile(Path.of(((DirEntry) a[0]).path),
                        linkOpts(a[1])));
        BuiltinDef.method(DIR_ENTRY, "is_symlink", "(self)", a -> Files.isSymbolicLink(Path.of(((DirEntry) a[0]).path)));
        BuiltinDef.method(DIR_ENTRY, "stat", "(self, *, follow_symlinks=True)", a -> stat(((DirEntry) a[0]).path, PyUtil.truthy(a[1])));
        BuiltinDef.method(DIR_ENTRY, "inode", "(self)", a -> PyUtil.toLong(((PTuple) stat(((DirEntry) a[0]).path, false)).get(1)));
        BuiltinDef.method(DIR_ENTRY, "__fspath__", "(self)", a -> ((DirEntry) a[0]).path);
        BuiltinDef.method(DIR_ENTRY, "__repr__", "(self)", a -> "<DirEntry " + PyUtil.reprStr(((DirEntry) a[0]).name) + ">");
    }

    static LinkOption[] linkOpts(Object follow) {
        return PyUtil.truthy(follow) ? new LinkOption[0] : new LinkOption[]{LinkOption.NOFOLLOW_LINKS};
    }

    static final class DirEntry extends PythonObject {
        final String name;
        final String path;

        DirEntry(String name, String path) {
            super(DIR_ENTRY);
            this.name = name;
            this.path = path;
        }
    }

    static String path(Object p) {
        return IoModule.fspath(p);
    }

    static Path resolve(Object p) {
        return IoModule.resolve(path(p));
    }

    @SuppressWarnings("unchecked")
    static Object stat(Object p, boolean follow) {
        if (p instanceof Long || p instanceof Boolean) {
            // fstat on an emulated fd: only the standard streams and files we opened
            return StructSeq.make(STAT_RESULT, 10, 0x2190L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0.0, 0.0, 0.0, 0L, 0L, 0L, 4096L, 0L, 0L);
        }
        Path path = resolve(p);
        try {
            LinkOption[] lo = follow ? new LinkOption[0] : new LinkOption[]{LinkOption.NOFOLLOW_LINKS};
            Map<String, Object> attrs = Files.readAttributes(path, "unix:*", lo);
            long mode = ((Number) attrs.get("mode")).longValue();
            long ino = ((Number) attrs.get("ino")).longValue();
            long dev = ((Number) attrs.get("dev")).longValue();
            long nlink = ((Number) attrs.get("nlink")).longValue();
            long uid = ((Number) attrs.get("uid")).longValue();
            long gid = ((Number) attrs.get("gid")).longValue();
            long size = ((Number) attrs.get("size")).longValue();
            long rdev = ((Number) attrs.get("rdev")).longValue();
            long atimeNs = nanos(attrs.get("lastAccessTime"));
            long mtimeNs = nanos(attrs.get("lastModifiedTime"));
            long ctimeNs = nanos(attrs.get("ctime"));
            return StructSeq.make(STAT_RESULT, 10, mode, ino, dev, nlink, uid, gid, size, Math.floorDiv(atimeNs, 1_000_000_000L),
                            Math.floorDiv(mtimeNs, 1_000_000_000L), Math.floorDiv(ctimeNs, 1_000_000_000L), atimeNs / 1e9, mtimeNs / 1e9, ctimeNs / 1e9,
                            atimeNs, mtimeNs, ctimeNs, 4096L, (size + 511) / 512, rdev);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            try {
                var a = Files.readAttributes(path, PosixFileAttributes.class);
                long mode = (a.isDirectory() ? 0x4000 : a.isSymbolicLink() ? 0xa000 : 0x8000) | permBits(a);
                long mt = a.lastModifiedTime().toMillis() * 1_000_000L;
                return StructSeq.make(STAT_RESULT, 10, mode, 0L, 0L, 1L, 0L, 0L, a.size(), mt / 1_000_000_000L, mt / 1_000_000_000L,
                                mt / 1_000_000_000L, mt / 1e9, mt / 1e9, mt / 1e9, mt, mt, mt, 4096L, (a.size() + 511) / 512, 0L);
            } catch (IOException ex) {
                throw IoErrors.fromJava(ex, p);
            }
        } catch (IOException e) {
            throw IoErrors.fromJava(e, p);
        }
    }

    static long permBits(PosixFileAttributes a) {
        long m = 0;
        for (var p : a.permissions()) {
            m |= 1L << (8 - p.ordinal());
        }
        return m;
    }

    static long nanos(Object fileTime) {
        if (fileTime instanceof java.nio.file.attribute.FileTime ft) {
            java.time.Instant i = ft.toInstant();
            return i.getEpochSecond() * 1_000_000_000L + i.getNano();
        }
        return 0;
    }

    static PDict environ() {
        PDict env = new PDict();
        BinaryIO.BytesBridge br = BinaryIO.bridge;
        for (var e : System.getenv().entrySet()) {
            if (br != null) {
                env.put(br.fromBytes(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                                br.fromBytes(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } else {
                env.put(e.getKey(), e.getValue());
            }
        }
        return env;
    }

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("posix");
        m.setAttr("error", BuiltinTypes.OS_ERROR);
        m.setAttr("stat_result", STAT_RESULT);
        m.setAttr("terminal_size", TERMINAL_SIZE);
        m.setAttr("uname_result", UNAME_RESULT);
        m.setAttr("times_result", TIMES_RESULT);
        m.setAttr("DirEntry", DIR_ENTRY);
        m.setAttr("environ", environ());
        m.setAttr("_have_functions", new PList(new Object[]{"HAVE_FSTATAT", "HAVE_LSTAT", "HAVE_MKDIRAT"}));
        long[] consts = {0, 1, 2, 64, 128, 512, 1024, 0x1000, 0x10000, 0x80000};
        String[] cnames = {"O_RDONLY", "O_WRONLY", "O_RDWR", "O_CREAT", "O_EXCL", "O_TRUNC", "O_APPEND", "O_NONBLOCK_", "O_DIRECTORY", "O_CLOEXEC"};
        for (int i = 0; i < consts.length; i++) {
            m.setAttr(cnames[i], consts[i]);
        }
        m.setAttr("O_NONBLOCK", 2048L);
        m.getDict().remove("O_NONBLOCK_");
        m.setAttr("F_OK", 0L);
        m.setAttr("R_OK", 4L);
        m.setAttr("W_OK", 2L);
        m.setAttr("X_OK", 1L);
        m.setAttr("SEEK_SET", 0L);
        m.setAttr("SEEK_CUR", 1L);
        m.setAttr("SEEK_END", 2L);
        m.setAttr("WNOHANG", 1L);
        m.setAttr("EX_OK", 0L);
        BuiltinDef.function(m, "getcwd", "()", a -> cwd);
        BuiltinDef.function(m, "chdir", "(path)", a -> {
            Path p = resolve(a[0]);
            if (!Files.exists(p)) {
                throw IoErrors.oserror(2, "No such file or directory", a[0]);
            }
            if (!Files.isDirectory(p)) {
                throw IoErrors.oserror(20, "Not a directory", a[0]);
            }
            setCwd(p.normalize().toString());
            return NONE;
        });
        BuiltinDef.function(m, "fspath", "(path)", a -> {
            if (a[0] instanceof String || BinaryIO.isBytes(a[0])) {
                return a[0];
            }
            Object f = org.cinderj.runtime.PyOps.lookupSpecial(a[0], "__fspath__");
            if (f == null) {
                throw PythonErrors.typeError("expected str, bytes or os.PathLike object, not %s", PyUtil.typeName(a[0]));
            }
            Object r = PyUtil.call(f, a[0]);
            if (!(r instanceof String) && !BinaryIO.isBytes(r)) {
                throw PythonErrors.typeError("expected %s.__fspath__() to return str or bytes, not %s", PyUtil.typeName(a[0]), PyUtil.typeName(r));
            }
            return r;
        });
        BuiltinDef.function(m, "listdir", "(path=None)", a -> {
            Path p = absent(a[0]) ? Path.of(cwd) : resolve(a[0]);
            PList l = new PList();
            try (var s = Files.newDirectoryStream(p)) {
                for (Path e : s) {
                    l.append(e.getFileName().toString());
                }
            } catch (IOException e) {
                throw IoErrors.fromJava(e, absent(a[0]) ? "." : a[0]);
            }
            return l;
        });
        BuiltinDef.function(m, "scandir", "(path=None)", a -> {
            String shown = absent(a[0]) ? "." : path(a[0]);
            Path p = IoModule.resolve(shown);
            java.util.List<Object> entries = new java.util.ArrayList<>();
            try (var s = Files.newDirectoryStream(p)) {
                for (Path e : s) {
                    String n = e.getFileName().toString();
                    entries.add(new DirEntry(n, shown.endsWith("/") ? shown + n : shown + "/" + n));
                }
            } catch (IOException e) {
                throw IoErrors.fromJava(e, shown);
            }
            java.util.Iterator<Object> it = entries.iterator();
            PIter iter = new PIter(SCANDIR_ITER) {
                @Override
                Object nextOrNull() {
                    return it.hasNext() ? it.next() : null;
                }
            };
            return iter;
        });
        BuiltinDef.function(m, "stat", "(path, *, dir_fd=None, follow_symlinks=True)", a -> stat(a[0], PyUtil.truthy(a[2])));
        BuiltinDef.function(m, "lstat", "(path, *, dir_fd=None)", a -> stat(a[0], false));
        BuiltinDef.function(m, "fstat", "(fd)", a -> stat(PyUtil.toLong(a[0]), true));
        BuiltinDef.function(m, "access", "(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)", a -> {
            Path p = resolve(a[0]);
            long mode = PyUtil.toLong(a[1]);
            if (!Files.exists(p)) {
                return false;
            }
            return ((mode & 4) == 0 || Files.isReadable(p)) && ((mode & 2) == 0 || Files.isWritable(p)) && ((mode & 1) == 0 || Files.isExecutable(p));
        });
        BuiltinDef.function(m, "mkdir", "(path, mode=511, *, dir_fd=None)", a -> {
            try {
                Files.createDirectory(resolve(a[0]));
            } catch (IOException e) {
                throw IoErrors.fromJava(e, a[0]);
            }
            return NONE;
        });
        BuiltinDef.function(m, "rmdir", "(path, *, dir_fd=None)", a -> {
            Path p = resolve(a[0]);
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                throw Files.exists(p) ? IoErrors.oserror(20, "Not a directory", a[0]) : IoErrors.oserror(2, "No such file or directory", a[0]);
            }
            try {
                Files.delete(p);
            } catch (IOException e) {
                throw IoErrors.fromJava(e, a[0]);
            }
            return NONE;
        });
        for (String n : new String[]{"unlink", "remove"}) {
            BuiltinDef.function(m, n, "(path, *, dir_fd=None)", a -> {
                Path p = resolve(a[0]);
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw IoErrors.oserror(21, "Is a directory", a[0]);
                }
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw IoErrors.fromJava(e, a[0]);
                }
                return NONE;
            });
        }
        for (String n : new String[]{"rename", "replace"}) {
            BuiltinDef.function(m, n, "(src, dst, *, src_dir_fd=None, dst_dir_fd=None)", a -> {
                try {
                    Files.move(resolve(a[0]), resolve(a[1]), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw IoErrors.fromJava(e, a[0]);
                }
                return NONE;
            });
        }
        BuiltinDef.function(m, "readlink", "(path, *, dir_fd=None)", a -> {
            try {
                return Files.readSymbolicLink(resolve(a[0])).toString();
            } catch (UnsupportedOperationException | java.nio.file.NotLinkException e) {
                throw IoErrors.oserror(22, "Invalid argument", a[0]);
            } catch (IOException e) {
                throw IoErrors.fromJava(e, a[0]);
            }
        });
        BuiltinDef.function(m, "symlink", "(src, dst, target_is_directory=False, *, dir_fd=None)", a -> {
            try {
                Files.createSymbolicLink(resolve(a[1]), Path.of(path(a[0])));
            } catch (IOException e) {
                throw IoErrors.fromJava(e, a[0]);
            }
            return NONE;
        });
        BuiltinDef.function(m, "getpid", "()", a -> ProcessHandle.current().pid());
        BuiltinDef.function(m, "getppid", "()", a -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L));
        BuiltinDef.function(m, "getuid", "()", a -> unixId("uid"));
        BuiltinDef.function(m, "geteuid", "()", a -> unixId("uid"));
        BuiltinDef.function(m, "getgid", "()", a -> unixId("gid"));
        BuiltinDef.function(m, "getegid", "()", a -> unixId("gid"));
        BuiltinDef.function(m, "getlogin", "()", a -> System.getProperty("user.name"));
        BuiltinDef.function(m, "umask", "(mask, /)", a -> 0x12L);
        BuiltinDef.function(m, "cpu_count", "()", a -> (long) Runtime.getRuntime().availableProcessors());
        BuiltinDef.function(m, "strerror", "(code, /)", a -> SmallModules.strerror(PyUtil.toInt(a[0])));
        BuiltinDef.function(m, "uname", "()", a -> {
            String host;
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "localhost";
            }
            return StructSeq.make(UNAME_RESULT, 5, "Linux", host, System.getProperty("os.version"), "#1", "x86_64");
        });
        BuiltinDef.function(m, "get_terminal_size", "(fd=1, /)", a -> StructSeq.make(TERMINAL_SIZE, 2, 80L, 24L));
        BuiltinDef.function(m, "isatty", "(fd, /)", a -> {
            RawIO r = FdTable.get(ctx, PyUtil.toInt(a[0]));
            return r != null && r.isatty();
        });
        BuiltinDef.function(m, "times", "()", a -> {
            double cpu = TimeModule.cpuNanos(false) / 1e9;
            return StructSeq.make(TIMES_RESULT, 5, cpu, 0.0, 0.0, 0.0, System.nanoTime() / 1e9);
        });
        BuiltinDef.function(m, "_exit", "(status)", a -> {
            IoModule.flushStdStreams(ctx);
            throw PythonErrors.raiseObject(PythonErrors.create(BuiltinTypes.SYSTEM_EXIT, a[0]));
        });
        BuiltinDef.function(m, "putenv", "(name, value, /)", a -> NONE);
        BuiltinDef.function(m, "unsetenv", "(name, /)", a -> NONE);
        BuiltinDef.function(m, "urandom", "(size, /)", a -> {
            long n = PyUtil.toLong(a[0]);
            if (n < 0) {
                throw PythonErrors.valueError("negative argument not allowed");
            }
            byte[] b = new byte[(int) n];
            new java.security.SecureRandom().nextBytes(b);
            BinaryIO.BytesBridge br = BinaryIO.bridge;
            if (br == null) {
                throw PythonErrors.notImplementedError("urandom needs the bytes type");
            }
            return br.fromBytes(b);
        });
        BuiltinDef.function(m, "close", "(fd)", a -> {
            RawIO r = FdTable.get(ctx, PyUtil.toInt(a[0]));
            if (r == null) {
                throw IoErrors.oserror(9, "Bad file descriptor", null);
            }
            try {
                r.close();
            } catch (IOException e) {
                throw IoErrors.fromJava(e, null);
            }
            return NONE;
        });
        BuiltinDef.function(m, "device_encoding", "(fd)", a -> NONE);
        BuiltinDef.function(m, "get_inheritable", "(fd, /)", a -> false);
        BuiltinDef.function(m, "set_inheritable", "(fd, inheritable, /)", a -> NONE);
        BuiltinDef.function(m, "get_blocking", "(fd, /)", a -> true);
        BuiltinDef.function(m, "fsync", "(fd)", a -> NONE);
        BuiltinDef.function(m, "utime", "(path, times=None, *, ns=?, dir_fd=None, follow_symlinks=True)", a -> {
            try {
                java.nio.file.attribute.FileTime t = absent(a[1]) ? java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis())
                                : java.nio.file.attribute.FileTime.fromMillis((long) (PyUtil.toDouble(org.cinderj.runtime.PyOps.getItem(a[1], 1L)) * 1000));
                Files.setLastModifiedTime(resolve(a[0]), t);
            } catch (IOException e) {
                throw IoErrors.fromJava(e, a[0]);
            }
            return NONE;
        });
        BuiltinDef.function(m, "WIFEXITED", "(status)", a -> (PyUtil.toLong(a[0]) & 0x7f) == 0);
        BuiltinDef.function(m, "WEXITSTATUS", "(status)", a -> (PyUtil.toLong(a[0]) >> 8) & 0xff);
        BuiltinDef.function(m, "waitstatus_to_exitcode", "(status)", a -> (PyUtil.toLong(a[0]) >> 8) & 0xff);
        PosixExtras.define(m, ctx);
        return m;
    }

    static Object unixId(String attr) {
        try {
            Object v = Files.getAttribute(Path.of(System.getProperty("user.home", "/")), "unix:" + attr);
            if (attr.equals("uid") && "root".equals(System.getProperty("user.name"))) {
                return 0L;
            }
            return v instanceof Number n ? n.longValue() : 0L;
        } catch (IOException | RuntimeException e) {
            return 0L;
        }
    }
}

package org.cinderj.builtins.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code pwd} and {@code grp}, read from /etc/passwd and /etc/group. */
public final class PwdModule {
    private PwdModule() {
    }

    static final PythonClass PASSWD = StructSeq.type("pwd", "struct_passwd",
                    new String[]{"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"}, 7);
    static final PythonClass GROUP = StructSeq.type("grp", "struct_group", new String[]{"gr_name", "gr_passwd", "gr_gid", "gr_mem"}, 4);

    static List<String[]> read(String file) {
        List<String[]> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line.split(":", -1));
                }
            }
        } catch (IOException e) {
            // no database
        }
        return out;
    }

    static long num(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static PTuple passwd(String[] f) {
        return StructSeq.make(PASSWD, 7, f[0], f.length > 1 ? f[1] : "", num(f[2]), num(f[3]), f.length > 4 ? f[4] : "", f.length > 5 ? f[5] : "",
                        f.length > 6 ? f[6] : "");
    }

    static PTuple group(String[] f) {
        List<Object> mem = new ArrayList<>();
        if (f.length > 3 && !f[3].isEmpty()) {
            mem.addAll(List.of((Object[]) f[3].split(",")));
        }
        return StructSeq.make(GROUP, 4, f[0], f[1], num(f[2]), new PList(mem.toArray()));
    }

    public static PythonModule createPwd(PythonContext ctx) {
        PythonModule m = new PythonModule("pwd");
        m.setAttr("struct_passwd", PASSWD);
        PyUtil.fn(m, "getpwuid", "(uid, /)", a -> {
            long uid = PyUtil.toLong(a[0]);
            for (String[] f : read("/etc/passwd")) {
                if (f.length >= 4 && num(f[2]) == uid) {
                    return passwd(f);
                }
            }
            throw PythonErrors.raise(BuiltinTypes.KEY_ERROR, "getpwuid(): uid not found: " + uid);
        });
        PyUtil.fn(m, "getpwnam", "(name, /)", a -> {
            String name = PyUtil.str(a[0], "getpwnam() argument");
            for (String[] f : read("/etc/passwd")) {
                if (f.length >= 4 && f[0].equals(name)) {
                    return passwd(f);
                }
            }
            throw PythonErrors.raise(BuiltinTypes.KEY_ERROR, "getpwnam(): name not found: '" + name + "'");
        });
        PyUtil.fn(m, "getpwall", "()", a -> {
            PList l = new PList();
            for (String[] f : read("/etc/passwd")) {
                if (f.length >= 4) {
                    l.append(passwd(f));
                }
            }
            return l;
        });
        return m;
    }

    public static PythonModule createGrp(PythonContext ctx) {
        PythonModule m = new PythonModule("grp");
        m.setAttr("struct_group", GROUP);
        PyUtil.fn(m, "getgrgid", "(id)", a -> {
            long gid = PyUtil.toLong(a[0]);
            for (String[] f : read("/etc/group")) {
                if (f.length >= 3 && num(f[2]) == gid) {
                    return group(f);
                }
            }
            throw PythonErrors.raise(BuiltinTypes.KEY_ERROR, "getgrgid(): gid not found: " + gid);
        });
        PyUtil.fn(m, "getgrnam", "(name)", a -> {
            String name = PyUtil.str(a[0], "getgrnam() argument");
            for (String[] f : read("/etc/group")) {
                if (f.length >= 3 && f[0].equals(name)) {
                    return group(f);
                }
            }
            throw PythonErrors.raise(BuiltinTypes.KEY_ERROR, "getgrnam(): name not found: '" + name + "'");
        });
        PyUtil.fn(m, "getgrall", "()", a -> {
            PList l = new PList();
            for (String[] f : read("/etc/group")) {
                if (f.length >= 3) {
                    l.append(group(f));
                }
            }
            return l;
        });
        return m;
    }
}

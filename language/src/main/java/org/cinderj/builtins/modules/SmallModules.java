package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;

import java.util.ArrayList;
import java.util.List;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;

/** errno, gc, _warnings, _string, _signal, _locale. */
public final class SmallModules {
    private SmallModules() {
    }

    static final Object[][] ERRNO = {{"EPERM", 1, "Operation not permitted"}, {"ENOENT", 2, "No such file or directory"}, {"ESRCH", 3, "No such process"},
        {"EINTR", 4, "Interrupted system call"}, {"EIO", 5, "Input/output error"}, {"ENXIO", 6, "No such device or address"},
        {"E2BIG", 7, "Argument list too long"}, {"ENOEXEC", 8, "Exec format error"}, {"EBADF", 9, "Bad file descriptor"},
        {"ECHILD", 10, "No child processes"}, {"EAGAIN", 11, "Resource temporarily unavailable"}, {"ENOMEM", 12, "Cannot allocate memory"},
        {"EACCES", 13, "Permission denied"}, {"EFAULT", 14, "Bad address"}, {"ENOTBLK", 15, "Block device required"},
        {"EBUSY", 16, "Device or resource busy"}, {"EEXIST", 17, "File exists"}, {"EXDEV", 18, "Invalid cross-device link"},
        {"ENODEV", 19, "No such device"}, {"ENOTDIR", 20, "Not a directory"}, {"EISDIR", 21, "Is a directory"}, {"EINVAL", 22, "Invalid argument"},
        {"ENFILE", 23, "Too many open files in system"}, {"EMFILE", 24, "Too many open files"}, {"ENOTTY", 25, "Inappropriate ioctl for device"},
        {"ETXTBSY", 26, "Text file busy"}, {"EFBIG", 27, "File too large"}, {"ENOSPC", 28, "No space left on device"},
        {"ESPIPE", 29, "Illegal seek"}, {"EROFS", 30, "Read-only file system"}, {"EMLINK", 31, "Too many links"}, {"EPIPE", 32, "Broken pipe"},
        {"EDOM", 33, "Numerical argument out of domain"}, {"ERANGE", 34, "Numerical result out of range"},
        {"EDEADLK", 35, "Resource deadlock avoided"}, {"ENAMETOOLONG", 36, "File name too long"}, {"ENOLCK", 37, "No locks available"},
        {"ENOSYS", 38, "Function not implemented"}, {"ENOTEMPTY", 39, "Directory not empty"},
        {"ELOOP", 40, "Too many levels of symbolic links"}, {"EWOULDBLOCK", 11, "Resource temporarily unavailable"},
        {"ENOMSG", 42, "No message of desired type"}, {"EIDRM", 43, "Identifier removed"}, {"ENOSTR", 60, "Device not a stream"},
        {"ENODATA", 61, "No data available"}, {"ETIME", 62, "Timer expired"}, {"ENOSR", 63, "Out of streams resources"},
        {"EREMOTE", 66, "Object is remote"}, {"ENOLINK", 67, "Link has been severed"}, {"EPROTO", 71, "Protocol error"},
        {"EBADMSG", 74, "Bad message"}, {"EOVERFLOW", 75, "Value too large for defined data type"},
        {"EILSEQ", 84, "Invalid or incomplete multibyte or wide character"}, {"EUSERS", 87, "Too many users"},
        {"ENOTSOCK", 88, "Socket operation on non-socket"}, {"EDESTADDRREQ", 89, "Destination address required"},
        {"EMSGSIZE", 90, "Message too long"}, {"EPROTOTYPE", 91, "Protocol wrong type for socket"}, {"ENOPROTOOPT", 92, "Protocol not available"},
        {"EPROTONOSUPPORT", 93, "Protocol not supported"}, {"ESOCKTNOSUPPORT", 94, "Socket type not supported"},
        {"EOPNOTSUPP", 95, "Operation not supported"}, {"ENOTSUP", 95, "Operation not supported"},
        {"EPFNOSUPPORT", 96, "Protocol family not supported"}, {"EAFNOSUPPORT", 97, "Address family not supported by protocol"},
        {"EADDRINUSE", 98, "Address already in use"}, {"EADDRNOTAVAIL", 99, "Cannot assign requested address"},
        {"ENETDOWN", 100, "Network is down"}, {"ENETUNREACH", 101, "Network is unreachable"},
        {"ENETRESET", 102, "Network dropped connection on reset"}, {"ECONNABORTED", 103, "Software caused connection abort"},
        {"ECONNRESET", 104, "Connection reset by peer"}, {"ENOBUFS", 105, "No buffer space available"},
        {"EISCONN", 106, "Transport endpoint is already connected"}, {"ENOTCONN", 107, "Transport endpoint is not connected"},
        {"ESHUTDOWN", 108, "Cannot send after transport endpoint shutdown"}, {"ETOOMANYREFS", 109, "Too many references: cannot splice"},
        {"ETIMEDOUT", 110, "Connection timed out"}, {"ECONNREFUSED", 111, "Connection refused"}, {"EHOSTDOWN", 112, "Host is down"},
        {"EHOSTUNREACH", 113, "No route to host"}, {"EALREADY", 114, "Operation already in progress"},
        {"EINPROGRESS", 115, "Operation now in progress"}, {"ESTALE", 116, "Stale file handle"}, {"EDQUOT", 122, "Disk quota exceeded"},
        {"ECANCELED", 125, "Operation canceled"}, {"EOWNERDEAD", 130, "Owner died"}, {"ENOTRECOVERABLE", 131, "State not recoverable"}};

    public static String strerror(int code) {
        for (Object[] e : ERRNO) {
            if ((Integer) e[1] == code) {
                return (String) e[2];
            }
        }
        return "Unknown error " + code;
    }

    public static PythonModule createErrno(PythonContext ctx) {
        PythonModule m = new PythonModule("errno");
        PDict codes = new PDict();
        for (Object[] e : ERRNO) {
            long code = (Integer) e[1];
            m.setAttr((String) e[0], code);
            if (codes.get(code) == null) {
                codes.put(code, e[0]);
            }
        }
        m.setAttr("errorcode", codes);
        return m;
    }

    public static PythonModule createGc(PythonContext ctx) {
        PythonModule m = new PythonModule("gc");
        boolean[] enabled = {true};
        long[] threshold = {700, 10, 10};
        BuiltinDef.function(m, "collect", "(generation=2)", a -> 0L);
        BuiltinDef.function(m, "enable", "()", a -> {
            enabled[0] = true;
            return NONE;
        });
        BuiltinDef.function(m, "disable", "()", a -> {
            enabled[0] = false;
            return NONE;
        });
        BuiltinDef.function(m, "isenabled", "()", a -> enabled[0]);
        BuiltinDef.function(m, "get_count", "()", a -> PyUtil.tuple(0L, 0L, 0L));
        BuiltinDef.function(m, "get_threshold", "()", a -> PyUtil.tuple(threshold[0], threshold[1], threshold[2]));
        BuiltinDef.function(m, "set_threshold", "(threshold0, threshold1=?, threshold2=?, /)", a -> {
            for (int i = 0; i < 3; i++) {
                if (!PyUtil.isMissing(a[i])) {
                    threshold[i] = PyUtil.toLong(a[i]);
                }
            }
            return NONE;
        });
        BuiltinDef.function(m, "get_objects", "(generation=None)", a -> new PList());
        BuiltinDef.function(m, "get_referrers", "(*objs)", a -> new PList());
        BuiltinDef.function(m, "get_referents", "(*objs)", a -> new PList());
        BuiltinDef.function(m, "is_tracked", "(obj, /)", a -> !(a[0] instanceof Long || a[0] instanceof String || a[0] instanceof Double
                        || a[0] instanceof Boolean || a[0] == NONE));
        BuiltinDef.function(m, "is_finalized", "(obj, /)", a -> false);
        BuiltinDef.function(m, "get_stats", "()", a -> new PList());
        BuiltinDef.function(m, "freeze", "()", a -> NONE);
        BuiltinDef.function(m, "unfreeze", "()", a -> NONE);
        BuiltinDef.function(m, "get_freeze_count", "()", a -> 0L);
        BuiltinDef.function(m, "set_debug", "(flags, /)", a -> NONE);
        BuiltinDef.function(m, "get_debug", "()", a -> 0L);
        m.setAttr("garbage", new PList());
        m.setAttr("callbacks", new PList());
        m.setAttr("DEBUG_STATS", 1L);
        m.setAttr("DEBUG_COLLECTABLE", 2L);
        m.setAttr("DEBUG_UNCOLLECTABLE", 4L);
        m.setAttr("DEBUG_SAVEALL", 32L);
        m.setAttr("DEBUG_LEAK", 38L);
        return m;
    }

    /** Only {@code warn}/{@code warn_explicit}: warnings.py uses its pure-Python filters. */
    public static PythonModule createWarnings(PythonContext ctx) {
        PythonModule m = new PythonModule("_warnings");
        BuiltinDef.function(m, "warn", "(message, category=None, stacklevel=1, source=None)", a -> {
            Object w = ctx.getSysModules().get("warnings");
            if (w != null && w != NONE) {
                Object f = PyOps.lookupAttribute(w, "warn");
                if (f != null) {
                    long level = PyUtil.toLong(a[2]);
                    return PyUtil.callKw(f, new Object[]{a[0], a[1], level + 1}, new String[]{"source"}, new Object[]{a[3]});
                }
            }
            Object cat = a[1] == NONE ? BuiltinTypes.USER_WARNING : a[1];
            if (a[0] instanceof org.cinderj.runtime.exception.PBaseException be) {
                cat = be.getPythonClass();
            }
            if (cat instanceof org.cinderj.runtime.type.PythonClass c && (c.isSubclassOf(BuiltinTypes.DEPRECATION_WARNING)
                            || c.isSubclassOf(BuiltinTypes.PENDING_DEPRECATION_WARNING) || c.isSubclassOf(BuiltinTypes.IMPORT_WARNING)
                            || c.isSubclassOf(BuiltinTypes.RESOURCE_WARNING))) {
                return NONE;
            }
            String name = cat instanceof org.cinderj.runtime.type.PythonClass c ? c.getName() : String.valueOf(cat);
            IoModule.writeTo(ctx.getSys().getAttr("stderr"), "sys:1: " + name + ": " + PyOps.str(a[0]) + "\n");
            return NONE;
        });
        BuiltinDef.function(m, "warn_explicit", "(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None)", a -> {
            Object w = ctx.getSysModules().get("warnings");
            if (w != null && w != NONE) {
                return PyUtil.callKw(PyOps.getAttribute(w, "warn_explicit"), new Object[]{a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]}, null, null);
            }
            return NONE;
        });
        return m;
    }

    // ---------------------------------------------------------------- _string

    public static PythonModule createString(PythonContext ctx) {
        PythonModule m = new PythonModule("_string");
        BuiltinDef.function(m, "formatter_parser", "(str, /)", a -> PyOps.getIter(new PList(formatterParser(PyUtil.str(a[0], "argument")).toArray())));
        BuiltinDef.function(m, "formatter_field_name_split", "(str, /)", a -> fieldNameSplit(PyUtil.str(a[0], "argument")));
        return m;
    }

    /** Splits a format string into (literal, field_name, format_spec, conversion) tuples. */
    static List<Object> formatterParser(String s) {
        List<Object> out = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '{') {
                if (i + 1 < n && s.charAt(i + 1) == '{') {
                    lit.append('{');
                    out.add(PyUtil.tuple(lit.toString(), NONE, NONE, NONE));
                    lit.setLength(0);
                    i += 2;
                    continue;
                }
                int depth = 1;
                int j = i + 1;
                while (j < n && depth > 0) {
                    char d = s.charAt(j);
                    if (d == '{') {
                        depth++;
                    } else if (d == '}') {
                        depth--;
                    }
                    if (depth > 0) {
                        j++;
                    }
                }
                if (j >= n) {
                    throw PythonErrors.valueError("expected '}' before end of string");
                }
                String field = s.substring(i + 1, j);
                // field_name[!conversion][:format_spec]; brackets in the name may contain ':' or '!'
                int k = 0;
                int bracket = 0;
                while (k < field.length()) {
                    char d = field.charAt(k);
                    if (d == '[') {
                        bracket++;
                    } else if (d == ']') {
                        bracket--;
                    } else if (bracket == 0 && (d == '!' || d == ':')) {
                        break;
                    }
                    k++;
                }
                String name = field.substring(0, k);
                Object conv = NONE;
                String spec = "";
                if (k < field.length() && field.charAt(k) == '!') {
                    if (k + 1 >= field.length()) {
                        throw PythonErrors.valueError("end of string while looking for conversion specifier");
                    }
                    conv = String.valueOf(field.charAt(k + 1));
                    k += 2;
                    if (k < field.length() && field.charAt(k) != ':') {
                        throw PythonErrors.valueError("expected ':' after conversion specifier");
                    }
                }
                if (k < field.length() && field.charAt(k) == ':') {
                    spec = field.substring(k + 1);
                }
                out.add(PyUtil.tuple(lit.toString(), name, spec, conv));
                lit.setLength(0);
                i = j + 1;
            } else if (c == '}') {
                if (i + 1 < n && s.charAt(i + 1) == '}') {
                    lit.append('}');
                    out.add(PyUtil.tuple(lit.toString(), NONE, NONE, NONE));
                    lit.setLength(0);
                    i += 2;
                    continue;
                }
                throw PythonErrors.valueError("Single '}' encountered in format string");
            } else {
                lit.append(c);
                i++;
            }
        }
        if (lit.length() > 0) {
            out.add(PyUtil.tuple(lit.toString(), NONE, NONE, NONE));
        }
        return out;
    }

    static PTuple fieldNameSplit(String s) {
        int k = 0;
        while (k < s.length() && s.charAt(k) != '.' && s.charAt(k) != '[') {
            k++;
        }
        String first = s.substring(0, k);
        Object firstObj = first;
        if (!first.isEmpty() && first.chars().allMatch(Character::isDigit)) {
            firstObj = Long.parseLong(first);
        }
        List<Object> rest = new ArrayList<>();
        while (k < s.length()) {
            char c = s.charAt(k);
            if (c == '.') {
                int j = k + 1;
                while (j < s.length() && s.charAt(j) != '.' && s.charAt(j) != '[') {
                    j++;
                }
                String attr = s.substring(k + 1, j);
                if (attr.isEmpty()) {
                    throw PythonErrors.valueError("Empty attribute in format string");
                }
                rest.add(PyUtil.tuple(true, attr));
                k = j;
            } else if (c == '[') {
                int j = s.indexOf(']', k);
                if (j < 0) {
                    throw PythonErrors.valueError("Missing ']' in format string");
                }
                String key = s.substring(k + 1, j);
                if (key.isEmpty()) {
                    throw PythonErrors.valueError("Empty attribute in format string");
                }
                Object keyObj = key.chars().allMatch(Character::isDigit) ? (Object) Long.parseLong(key) : key;
                rest.add(PyUtil.tuple(false, keyObj));
                k = j + 1;
                if (k < s.length() && s.charAt(k) != '.' && s.charAt(k) != '[') {
                    throw PythonErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                break;
            }
        }
        return PyUtil.tuple(firstObj, PyOps.getIter(new PList(rest.toArray())));
    }

    // ---------------------------------------------------------------- _signal

    public static PythonModule createSignal(PythonContext ctx) {
        PythonModule m = new PythonModule("_signal");
        String[] names = {"SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV",
            "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG",
            "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"};
        for (int i = 0; i < names.length; i++) {
            m.setAttr(names[i], (long) (i + 1));
        }
        m.setAttr("SIGIOT", 6L);
        m.setAttr("SIGPOLL", 29L);
        m.setAttr("SIGRTMIN", 34L);
        m.setAttr("SIGRTMAX", 64L);
        m.setAttr("NSIG", 65L);
        m.setAttr("SIG_DFL", 0L);
        m.setAttr("SIG_IGN", 1L);
        m.setAttr("SIG_BLOCK", 0L);
        m.setAttr("SIG_UNBLOCK", 1L);
        m.setAttr("SIG_SETMASK", 2L);
        m.setAttr("ITIMER_REAL", 0L);
        m.setAttr("ITIMER_VIRTUAL", 1L);
        m.setAttr("ITIMER_PROF", 2L);
        PDict handlers = new PDict();
        Object defaultInt = BuiltinDef.function("_signal", "default_int_handler", "(signalnum, frame, /)", a -> {
            throw PythonErrors.raise(BuiltinTypes.KEYBOARD_INTERRUPT, "");
        });
        m.setAttr("default_int_handler", defaultInt);
        handlers.put(2L, defaultInt);
        BuiltinDef.function(m, "signal", "(signalnum, handler, /)", a -> {
            long n = PyUtil.toLong(a[0]);
            if (n < 1 || n >= 65) {
                throw PythonErrors.valueError("signal number out of range");
            }
            Object old = handlers.get(n);
            handlers.put(n, a[1]);
            return old == null ? (Object) 0L : old;
        });
        BuiltinDef.function(m, "getsignal", "(signalnum, /)", a -> {
            Object h = handlers.get(PyUtil.toLong(a[0]));
            return h == null ? (Object) 0L : h;
        });
        BuiltinDef.function(m, "raise_signal", "(signalnum, /)", a -> {
            Object h = handlers.get(PyUtil.toLong(a[0]));
            if (h != null && !(h instanceof Long)) {
                PyUtil.call(h, a[0], NONE);
            }
            return NONE;
        });
        BuiltinDef.function(m, "strsignal", "(signalnum, /)", a -> NONE);
        BuiltinDef.function(m, "valid_signals", "()", a -> {
            Object set = PyUtil.call(BuiltinTypes.SET);
            for (long i = 1; i < 65; i++) {
                if (i != 32 && i != 33) {
                    PyUtil.callMethod(set, "add", i);
                }
            }
            return set;
        });
        BuiltinDef.function(m, "set_wakeup_fd", "(fd, /, *, warn_on_full_buffer=True)", a -> -1L);
        BuiltinDef.function(m, "siginterrupt", "(signalnum, flag, /)", a -> NONE);
        BuiltinDef.function(m, "alarm", "(seconds, /)", a -> 0L);
        BuiltinDef.function(m, "pause", "()", a -> NONE);
        BuiltinDef.function(m, "pthread_sigmask", "(how, mask, /)", a -> PyUtil.call(BuiltinTypes.SET));
        BuiltinDef.function(m, "pthread_kill", "(thread_id, signalnum, /)", a -> NONE);
        BuiltinDef.function(m, "setitimer", "(which, seconds, interval=0.0, /)", a -> PyUtil.tuple(0.0, 0.0));
        BuiltinDef.function(m, "getitimer", "(which, /)", a -> PyUtil.tuple(0.0, 0.0));
        return m;
    }

    // ---------------------------------------------------------------- _locale

    public static PythonModule createLocale(PythonContext ctx) {
        PythonModule m = new PythonModule("_locale");
        String[] cats = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_ALL"};
        for (int i = 0; i < cats.length; i++) {
            m.setAttr(cats[i], (long) i);
        }
        m.setAttr("CHAR_MAX", 127L);
        m.setAttr("CODESET", 14L);
        m.setAttr("Error", BuiltinTypes.VALUE_ERROR);
        BuiltinDef.function(m, "setlocale", "(category, locale=None, /)", a -> {
            if (a[1] == NONE || "".equals(a[1]) || "C".equals(a[1]) || "POSIX".equals(a[1])) {
                return a[1] == NONE || "".equals(a[1]) ? "C.UTF-8" : a[1];
            }
            String l = String.valueOf(a[1]);
            if (l.endsWith("UTF-8") || l.endsWith("utf8")) {
                return l;
            }
            throw PythonErrors.raise(BuiltinTypes.VALUE_ERROR, "unsupported locale setting");
        });
        BuiltinDef.function(m, "localeconv", "()", a -> {
            PDict d = new PDict();
            d.put("int_curr_symbol", "");
            d.put("currency_symbol", "");
            d.put("mon_decimal_point", "");
            d.put("mon_thousands_sep", "");
            d.put("mon_grouping", new PList());
            d.put("positive_sign", "");
            d.put("negative_sign", "");
            d.put("int_frac_digits", 127L);
            d.put("frac_digits", 127L);
            d.put("p_cs_precedes", 127L);
            d.put("p_sep_by_space", 127L);
            d.put("n_cs_precedes", 127L);
            d.put("n_sep_by_space", 127L);
            d.put("p_sign_posn", 127L);
            d.put("n_sign_posn", 127L);
            d.put("decimal_point", ".");
            d.put("thousands_sep", "");
            d.put("grouping", new PList());
            return d;
        });
        BuiltinDef.function(m, "nl_langinfo", "(key, /)", a -> PyUtil.toLong(a[0]) == 14 ? "UTF-8" : "");
        BuiltinDef.function(m, "getencoding", "()", a -> "UTF-8");
        BuiltinDef.function(m, "strcoll", "(os1, os2, /)", a -> (long) Integer.signum(PyUtil.str(a[0], "arg").compareTo(PyUtil.str(a[1], "arg"))));
        BuiltinDef.function(m, "strxfrm", "(string, /)", a -> a[0]);
        return m;
    }
}

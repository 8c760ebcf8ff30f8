package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;
import static org.cinderj.builtins.modules.PyUtil.absent;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** The {@code time} module. */
public final class TimeModule {
    private TimeModule() {
    }

    static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone",
        "tm_gmtoff"};
    static final PythonClass STRUCT_TIME = StructSeq.type("time", "struct_time", FIELDS, 9);
    private static final long START_NANOS = System.nanoTime();

    static double now() {
        Instant i = Instant.now();
        return i.getEpochSecond() + i.getNano() / 1e9;
    }

    static long cpuNanos(boolean thread) {
        try {
            if (!thread) {
                java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
                    return sun.getProcessCpuTime();
                }
            }
            return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        } catch (Throwable t) {
            return System.nanoTime() - START_NANOS;
        }
    }

    public static PythonModule create(PythonContext ctx) {
        PythonModule m = new PythonModule("time");
        m.setAttr("struct_time", STRUCT_TIME);
        BuiltinDef.function(m, "time", "()", a -> now());
        BuiltinDef.function(m, "time_ns", "()", a -> {
            Instant i = Instant.now();
            return i.getEpochSecond() * 1_000_000_000L + i.getNano();
        });
        BuiltinDef.function(m, "perf_counter", "()", a -> System.nanoTime() / 1e9);
        BuiltinDef.function(m, "perf_counter_ns", "()", a -> System.nanoTime());
        BuiltinDef.function(m, "monotonic", "()", a -> System.nanoTime() / 1e9);
        BuiltinDef.function(m, "monotonic_ns", "()", a -> System.nanoTime());
        BuiltinDef.function(m, "process_time", "()", a -> cpuNanos(false) / 1e9);
        BuiltinDef.function(m, "process_time_ns", "()", a -> cpuNanos(false));
        BuiltinDef.function(m, "thread_time", "()", a -> cpuNanos(true) / 1e9);
        BuiltinDef.function(m, "thread_time_ns", "()", a -> cpuNanos(true));
        BuiltinDef.function(m, "sleep", "(secs, /)", a -> {
            double s = PyUtil.toDouble(a[0]);
            if (Double.isNaN(s)) {
                throw PythonErrors.valueError("Invalid value NaN (not a number)");
            }
            if (s < 0) {
                throw PythonErrors.valueError("sleep length must be non-negative");
            }
            IoModule.flushStdStreams(ctx);
            long nanos = (long) (s * 1e9);
            try {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw PythonErrors.raise(BuiltinTypes.KEYBOARD_INTERRUPT, "");
            }
            return NONE;
        });
        BuiltinDef.function(m, "gmtime", "(secs=None, /)", a -> structTime(toZoned(a[0], ZoneOffset.UTC)));
        BuiltinDef.function(m, "localtime", "(secs=None, /)", a -> structTime(toZoned(a[0], ZoneId.systemDefault())));
        BuiltinDef.function(m, "mktime", "(t, /)", a -> {
            ZonedDateTime z = fromTuple(a[0], ZoneId.systemDefault(), "mktime");
            return (double) z.toEpochSecond();
        });
        BuiltinDef.function(m, "asctime", "(t=?, /)", a -> asctime(PyUtil.isMissing(a[0]) ? ZonedDateTime.now() : fromTuple(a[0], ZoneId.systemDefault(), "asctime")));
        BuiltinDef.function(m, "ctime", "(secs=None, /)", a -> asctime(toZoned(a[0], ZoneId.systemDefault())));
        BuiltinDef.function(m, "strftime", "(format, t=?, /)", a -> {
            String fmt = PyUtil.str(a[0], "strftime() argument 1");
            ZonedDateTime z = PyUtil.isMissing(a[1]) ? ZonedDateTime.now() : fromTuple(a[1], ZoneId.systemDefault(), "strftime");
            return strftime(fmt, z);
        });
        BuiltinDef.function(m, "strptime", "(string, format='%a %b %d %H:%M:%S %Y', /)", a -> Strptime.parse(PyUtil.str(a[0], "strptime() argument 1"),
                        PyUtil.str(a[1], "strptime() argument 2")));
        ZoneId zone = ZoneId.systemDefault();
        int year = ZonedDateTime.now().getYear();
        ZonedDateTime jan = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, zone);
        ZonedDateTime jul = ZonedDateTime.of(year, 7, 1, 0, 0, 0, 0, zone);
        int janOff = jan.getOffset().getTotalSeconds();
        int julOff = jul.getOffset().getTotalSeconds();
        boolean south = janOff > julOff;
        int std = Math.min(janOff, julOff);
        int dst = Math.max(janOff, julOff);
        if (south) {
            std = julOff;
            dst = janOff;
        }
        m.setAttr("timezone", (long) -std);
        m.setAttr("altzone", (long) -dst);
        m.setAttr("daylight", janOff != julOff ? 1L : 0L);
        String stdName = zoneName(south ? jul : jan);
        String dstName = janOff != julOff ? zoneName(south ? jan : jul) : stdName;
        m.setAttr("tzname", PyUtil.tuple(stdName, dstName));
        BuiltinDef.function(m, "get_clock_info", "(name, /)", a -> {
            String n = PyUtil.str(a[0], "name");
            return switch (n) {
                case "time" -> PyUtil.namespace("implementation", "clock_gettime(CLOCK_REALTIME)", "monotonic", false, "adjustable", true, "resolution", 1e-09);
                case "monotonic", "perf_counter" -> PyUtil.namespace("implementation", "clock_gettime(CLOCK_MONOTONIC)", "monotonic", true, "adjustable",
                                false, "resolution", 1e-09);
                case "process_time" -> PyUtil.namespace("implementation", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", "monotonic", true, "adjustable",
                                false, "resolution", 1e-09);
                case "thread_time" -> PyUtil.namespace("implementation", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", "monotonic", true, "adjustable",
                                false, "resolution", 1e-09);
                default -> throw PythonErrors.valueError("unknown clock");
            };
        });
        BuiltinDef.function(m, "tzset", "()", a -> NONE);
        m.setAttr("_STRUCT_TM_ITEMS", 11L);
        return m;
    }

    static String zoneName(ZonedDateTime z) {
        if (z.getOffset().getTotalSeconds() == 0 && z.getZone().getRules().isFixedOffset()) {
            // UTC (the usual zone of servers and containers), without the formatter: its zone
            // names come from locale data that takes tens of milliseconds to load at startup
            return "UTC";
        }
        String s = z.format(java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ROOT));
        return s.equals("Z") ? "UTC" : s;
    }

    static ZonedDateTime toZoned(Object secs, ZoneId zone) {
        if (absent(secs)) {
            return ZonedDateTime.now(zone);
        }
        double s = PyUtil.toDouble(secs);
        if (Double.isNaN(s)) {
            throw PythonErrors.valueError("Invalid value NaN (not a number)");
        }
        if (Math.abs(s) > 1e17) {
            throw PythonErrors.overflowError("timestamp out of range for platform time_t");
        }
        long whole = (long) Math.floor(s);
        if (secs instanceof Double) {
            whole = (long) s; // CPython truncates toward zero
            if (s < 0 && s != whole) {
                whole = (long) s;
            }
        }
        return Instant.ofEpochSecond(whole).atZone(zone);
    }

    static PTuple structTime(ZonedDateTime z) {
        boolean dst = z.getZone().getRules().isDaylightSavings(z.toInstant());
        String zoneName = zoneName(z);
        return StructSeq.make(STRUCT_TIME, 9, (long) z.getYear(), (long) z.getMonthValue(), (long) z.getDayOfMonth(), (long) z.getHour(),
                        (long) z.getMinute(), (long) z.getSecond(), (long) (z.getDayOfWeek().getValue() - 1), (long) z.getDayOfYear(),
                        z.getZone() instanceof ZoneOffset ? 0L : (dst ? 1L : 0L), zoneName, (long) z.getOffset().getTotalSeconds());
    }

    static ZonedDateTime fromTuple(Object t, ZoneId zone, String fn) {
        Object[] items = PyUtil.toArray(t);
        if (items.length != 9 && !(t instanceof PTuple pt && pt.getPythonClass() == STRUCT_TIME)) {
            throw PythonErrors.typeError("%s(): illegal time tuple argument", fn);
        }
        if (items.length < 9) {
            throw PythonErrors.typeError("%s(): illegal time tuple argument", fn);
        }
        int year = PyUtil.toInt(items[0]);
        int mon = PyUtil.toInt(items[1]);
        int day = PyUtil.toInt(items[2]);
        int hour = PyUtil.toInt(items[3]);
        int min = PyUtil.toInt(items[4]);
        int sec = PyUtil.toInt(items[5]);
        if (fn.equals("mktime")) {
            LocalDateTime ldt = LocalDateTime.of(year, 1, 1, 0, 0).plusMonths(mon - 1).plusDays(day - 1).plusHours(hour).plusMinutes(min).plusSeconds(sec);
            return ldt.atZone(zone);
        }
        if (mon == 0) {
            mon = 1;
        }
        if (day == 0) {
            day = 1;
        }
        if (mon < 1 || mon > 12) {
            throw PythonErrors.valueError("month out of range");
        }
        if (day < 1 || day > 31) {
            throw PythonErrors.valueError("day of month out of range");
        }
        if (hour < 0 || hour > 23) {
            throw PythonErrors.valueError("hour out of range");
        }
        if (min < 0 || min > 59) {
            throw PythonErrors.valueError("minute out of range");
        }
        if (sec < 0 || sec > 61) {
            throw PythonErrors.valueError("seconds out of range");
        }
        LocalDateTime ldt = LocalDateTime.of(year, mon, 1, hour, min, Math.min(sec, 59)).plusDays(day - 1);
        if (t instanceof PTuple pt && pt.getPythonClass() == STRUCT_TIME) {
            Object off = PyOps.lookupAttribute(t, "tm_gmtoff");
            if (off instanceof Long l) {
                return ldt.atZone(ZoneOffset.ofTotalSeconds((int) (long) l));
            }
        }
        return ldt.atZone(zone);
    }

    static String asctime(ZonedDateTime z) {
        return String.format("%s %s %2d %02d:%02d:%02d %d", z.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US),
                        z.getMonth().getDisplayName(TextStyle.SHORT, Locale.US), z.getDayOfMonth(), z.getHour(), z.getMinute(), z.getSecond(), z.getYear());
    }

    static String strftime(String fmt, ZonedDateTime z) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                sb.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            switch (d) {
                case 'a' -> sb.append(z.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'A' -> sb.append(z.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US));
                case 'b', 'h' -> sb.append(z.getMonth().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'B' -> sb.append(z.getMonth().getDisplayName(TextStyle.FULL, Locale.US));
                case 'c' -> sb.append(strftime("%a %b %e %H:%M:%S %Y", z));
                case 'C' -> sb.append(String.format("%02d", z.getYear() / 100));
                case 'd' -> sb.append(String.format("%02d", z.getDayOfMonth()));
                case 'D' -> sb.append(strftime("%m/%d/%y", z));
                case 'e' -> sb.append(String.format("%2d", z.getDayOfMonth()));
                case 'F' -> sb.append(strftime("%Y-%m-%d", z));
                case 'G' -> sb.append(z.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR));
                case 'g' -> sb.append(String.format("%02d", z.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) % 100));
                case 'H' -> sb.append(String.format("%02d", z.getHour()));
                case 'I' -> sb.append(String.format("%02d", (z.getHour() + 11) % 12 + 1));
                case 'j' -> sb.append(String.format("%03d", z.getDayOfYear()));
                case 'k' -> sb.append(String.format("%2d", z.getHour()));
                case 'l' -> sb.append(String.format("%2d", (z.getHour() + 11) % 12 + 1));
                case 'm' -> sb.append(String.format("%02d", z.getMonthValue()));
                case 'M' -> sb.append(String.format("%02d", z.getMinute()));
                case 'n' -> sb.append('\n');
                case 'p' -> sb.append(z.getHour() < 12 ? "AM" : "PM");
                case 'r' -> sb.append(strftime("%I:%M:%S %p", z));
                case 'R' -> sb.append(strftime("%H:%M", z));
                case 's' -> sb.append(z.toEpochSecond());
                case 'S' -> sb.append(String.format("%02d", z.getSecond()));
                case 't' -> sb.append('\t');
                case 'T' -> sb.append(strftime("%H:%M:%S", z));
                case 'u' -> sb.append(z.getDayOfWeek().getValue());
                case 'U' -> {
                    int wday = z.getDayOfWeek().getValue() % 7; // Sunday = 0
                    sb.append(String.format("%02d", (z.getDayOfYear() - 1 - wday + 7) / 7));
                }
                case 'V' -> sb.append(String.format("%02d", z.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
                case 'w' -> sb.append(z.getDayOfWeek().getValue() % 7);
                case 'W' -> {
                    int wday = (z.getDayOfWeek().getValue() + 6) % 7; // Monday = 0
                    sb.append(String.format("%02d", (z.getDayOfYear() - 1 - wday + 7) / 7));
                }
                case 'x' -> sb.append(strftime("%m/%d/%y", z));
                case 'X' -> sb.append(strftime("%H:%M:%S", z));
                case 'y' -> sb.append(String.format("%02d", Math.floorMod(z.getYear(), 100)));
                case 'Y' -> sb.append(z.getYear());
                case 'z' -> {
                    int off = z.getOffset().getTotalSeconds();
                    sb.append(off < 0 ? '-' : '+');
                    off = Math.abs(off);
                    sb.append(String.format("%02d%02d", off / 3600, off / 60 % 60));
                }
                case 'Z' -> sb.append(zoneName(z));
                case '%' -> sb.append('%');
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }

    /** A small strptime for the common directives (CPython's time.strptime uses _strptime/re). */
    static final class Strptime {
        private Strptime() {
        }

        static PTuple parse(String s, String fmt) {
            int[] pos = {0};
            int year = 1900;
            int mon = 1;
            int day = 1;
            int hour = 0;
            int min = 0;
            int sec = 0;
            int yday = -1;
            int wday = -1;
            boolean pm = false;
            boolean hasPm = false;
            Integer gmtoff = null;
            for (int i = 0; i < fmt.length(); i++) {
                char c = fmt.charAt(i);
                if (c == '%' && i + 1 < fmt.length()) {
                    char d = fmt.charAt(++i);
                    switch (d) {
                        case 'Y' -> year = num(s, pos, 4, fmt);
                        case 'y' -> {
                            int y = num(s, pos, 2, fmt);
                            year = y < 69 ? 2000 + y : 1900 + y;
                        }
                        case 'm' -> mon = num(s, pos, 2, fmt);
                        case 'd' -> day = num(s, pos, 2, fmt);
                        case 'H' -> hour = num(s, pos, 2, fmt);
                        case 'I' -> hour = num(s, pos, 2, fmt);
                        case 'M' -> min = num(s, pos, 2, fmt);
                        case 'S' -> sec = num(s, pos, 2, fmt);
                        case 'j' -> yday = num(s, pos, 3, fmt);
                        case 'f' -> num(s, pos, 6, fmt);
                        case 'p' -> {
                            hasPm = true;
                            String w = word(s, pos).toUpperCase(Locale.ROOT);
                            if (!w.equals("AM") && !w.equals("PM")) {
                                throw mismatch(s, fmt);
                            }
                            pm = w.equals("PM");
                        }
                        case 'b', 'B', 'h' -> mon = monthOf(word(s, pos), s, fmt);
                        case 'a', 'A' -> {
                            String w = word(s, pos).toLowerCase(Locale.ROOT);
                            wday = -1;
                            for (DayOfWeek dw : DayOfWeek.values()) {
                                String full = dw.getDisplayName(TextStyle.FULL, Locale.US).toLowerCase(Locale.ROOT);
                                if (w.equals(full) || w.equals(full.substring(0, 3))) {
                                    wday = dw.getValue() - 1;
                                }
                            }
                            if (wday < 0) {
                                throw mismatch(s, fmt);
                            }
                        }
                        case 'z' -> {
                            int sign = pos[0] < s.length() && s.charAt(pos[0]) == '-' ? -1 : 1;
                            if (pos[0] < s.length() && (s.charAt(pos[0]) == '+' || s.charAt(pos[0]) == '-')) {
                                pos[0]++;
                            }
                            int hh = num(s, pos, 2, fmt);
                            if (pos[0] < s.length() && s.charAt(pos[0]) == ':') {
                                pos[0]++;
                            }
                            int mm = num(s, pos, 2, fmt);
                            gmtoff = sign * (hh * 3600 + mm * 60);
                        }
                        case 'Z' -> word(s, pos);
                        case '%' -> expect(s, pos, '%', fmt);
                        default -> throw PythonErrors.valueError("'%s' is a bad directive in format '%s'", d, fmt);
                    }
                } else if (Character.isWhitespace(c)) {
                    while (pos[0] < s.length() && Character.isWhitespace(s.charAt(pos[0]))) {
                        pos[0]++;
                    }
                } else {
                    expect(s, pos, c, fmt);
                }
            }
            if (pos[0] < s.length()) {
                throw PythonErrors.valueError("unconverted data remains: %s", s.substring(pos[0]));
            }
            if (hasPm) {
                hour = hour % 12 + (pm ? 12 : 0);
            }
            java.time.LocalDate date;
            try {
                date = yday > 0 ? java.time.LocalDate.ofYearDay(year, yday) : java.time.LocalDate.of(year, mon, day);
            } catch (java.time.DateTimeException e) {
                throw PythonErrors.valueError("day is out of range for month");
            }
            return StructSeq.make(STRUCT_TIME, 9, (long) date.getYear(), (long) date.getMonthValue(), (long) date.getDayOfMonth(), (long) hour,
                            (long) min, (long) sec, (long) (date.getDayOfWeek().getValue() - 1), (long) date.getDayOfYear(), -1L, NONE,
                            gmtoff == null ? NONE : (Object) (long) gmtoff);
        }

        private static RuntimeException mismatch(String s, String fmt) {
            return PythonErrors.valueError("time data %s does not match format %s", PyUtil.reprStr(s), PyUtil.reprStr(fmt));
        }

        private static int num(String s, int[] pos, int maxDigits, String fmt) {
            int start = pos[0];
            while (pos[0] < s.length() && pos[0] - start < maxDigits && Character.isDigit(s.charAt(pos[0]))) {
                pos[0]++;
            }
            if (start == pos[0]) {
                throw mismatch(s, fmt);
            }
            return Integer.parseInt(s.substring(start, pos[0]));
        }

        private static String word(String s, int[] pos) {
            int start = pos[0];
            while (pos[0] < s.length() && Character.isLetter(s.charAt(pos[0]))) {
                pos[0]++;
            }
            return s.substring(start, pos[0]);
        }

        private static void expect(String s, int[] pos, char c, String fmt) {
            if (pos[0] >= s.length() || s.charAt(pos[0]) != c) {
                throw mismatch(s, fmt);
            }
            pos[0]++;
        }

        private static int monthOf(String w, String s, String fmt) {
            String lw = w.toLowerCase(Locale.ROOT);
            for (java.time.Month mo : java.time.Month.values()) {
                String full = mo.getDisplayName(TextStyle.FULL, Locale.US).toLowerCase(Locale.ROOT);
                if (lw.equals(full) || lw.equals(full.substring(0, 3))) {
                    return mo.getValue();
                }
            }
            throw mismatch(s, fmt);
        }
    }
}

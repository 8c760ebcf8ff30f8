package org.cinderj.builtins.modules;

import static org.cinderj.builtins.modules.PyUtil.NONE;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cinderj.builtins.BuiltinDef;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.PythonContext;
import org.cinderj.runtime.dict.PDict;
import org.cinderj.runtime.exception.PBaseException;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.list.PList;
import org.cinderj.runtime.module.PythonModule;
import org.cinderj.runtime.object.PythonObject;
import org.cinderj.runtime.tuple.PTuple;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;
import org.cinderj.translator.SourceCompiler;

/**
 * The import system: {@code __import__}, {@code from x import y}, module search on
 * {@code sys.path}, module specs and loaders, and the {@code _imp} and {@code marshal} modules
 * that let the pure-Python {@code importlib} run on top of it.
 *
 * <p>{@code sys.meta_path} holds two Java finders ({@code BuiltinImporter} for the Java modules,
 * {@code PathFinder} for source files); finders that Python code adds to {@code sys.meta_path}
 * are consulted in order. Modules already in {@code sys.modules} are returned without any search.
 */
public final class ImportSystem {
    private ImportSystem() {
    }

    static final String MOD = "_cinderj_import";
    static final PythonClass MODULE_SPEC = heapClass("ModuleSpec");
    static final PythonClass BUILTIN_IMPORTER = heapClass("BuiltinImporter");
    static final PythonClass PATH_FINDER = heapClass("PathFinder");
    static final PythonClass SOURCE_LOADER = heapClass("SourceFileLoader");
    /** The finder of one directory: what sys.path_hooks gives pkgutil.get_importer / runpy.run_path. */
    static final PythonClass FILE_FINDER = heapClass("FileFinder");

    static PythonClass heapClass(String name) {
        PythonClass c = new PythonClass(BuiltinTypes.TYPE, name, new PythonClass[]{BuiltinTypes.OBJECT}, false);
        c.define("__module__", MOD);
        return c;
    }

    /** Per-context finder/loader singletons. */
    private static final Map<PythonContext, PythonObject[]> IMPORTERS = new java.util.WeakHashMap<>();

    static {
        defineSpec();
        defineImporters();
    }

    // ================================================================== entry points for the interpreter

    /**
     * {@code __import__(name, globals, locals, fromlist, level)}: returns the top-level package
     * for {@code import a.b.c} (no fromlist), the module itself otherwise.
     *
     * @param globals the importing module's globals (a PDict) or null
     * @param fromList null or empty for a plain {@code import}
     */
    @TruffleBoundary
    public static Object importName(PythonContext ctx, String name, Object globals, String[] fromList, int level) {
        PDict modules = ctx.getSysModules();
        if (level == 0) {
            if (name.isEmpty()) {
                throw PythonErrors.valueError("Empty module name");
            }
            Object m = modules.get(name);
            if (m == null || m == NONE) {
                m = findAndLoad(ctx, name);
            }
            if (fromList == null || fromList.length == 0) {
                int dot = name.indexOf('.');
                if (dot < 0) {
                    return m;
                }
                Object top = modules.get(name.substring(0, dot));
                if (top == null) {
                    top = findAndLoad(ctx, name.substring(0, dot));
                }
                return top;
            }
            return handleFromList(ctx, m, fromList);
        }
        String pkg = resolvePackage(globals);
        String absName = resolveName(name, pkg, level);
        Object m = modules.get(absName);
        if (m == null || m == NONE) {
            m = findAndLoad(ctx, absName);
        }
        if (fromList == null || fromList.length == 0) {
            if (name.isEmpty()) {
                return m;
            }
            int dot = name.indexOf('.');
            if (dot < 0) {
                return m;
            }
            int cutOff = name.length() - dot;
            String modName = absName;
            return modules.get(modName.substring(0, modName.length() - cutOff));
        }
        return handleFromList(ctx, m, fromList);
    }

    /** {@code from module import name}: the attribute, or the submodule {@code module.name}. */
    @TruffleBoundary
    public static Object importFrom(Object module, String name) {
        Object v = PyOps.lookupAttribute(module, name);
        if (v != null) {
            return v;
        }
        Object pkgName = PyOps.lookupAttribute(module, "__name__");
        if (pkgName instanceof String pn) {
            Object sub = PythonContext.get(null).getSysModules().get(pn + "." + name);
            if (sub != null && sub != NONE) {
                return sub;
            }
        }
        String pn = pkgName instanceof String s ? s : "<unknown module name>";
        Object path = PyOps.lookupAttribute(module, "__file__");
        boolean initializing = false;
        Object spec = PyOps.lookupAttribute(module, "__spec__");
        if (spec != null && spec != NONE) {
            Object init = PyOps.lookupAttribute(spec, "_initializing");
            initializing = init != null && PyUtil.truthy(init);
        }
        String msg;
        if (initializing) {
            msg = String.format("cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import) (%s)", name, pn,
                            path instanceof String ps ? ps : "unknown location");
        } else if (path instanceof String ps) {
            msg = String.format("cannot import name '%s' from '%s' (%s)", name, pn, ps);
        } else {
            msg = String.format("cannot import name '%s' from '%s' (unknown location)", name, pn);
        }
        throw importError(BuiltinTypes.IMPORT_ERROR, msg, pn, path instanceof String ? path : NONE);
    }

    /** {@code from module import *}: copies the public names into {@code namespace}. */
    @TruffleBoundary
    public static void importStar(Object module, Object namespace) {
        Object all = PyOps.lookupAttribute(module, "__all__");
        boolean skipPrivate = all == null;
        Object names;
        if (all != null) {
            names = all;
        } else {
            Object dict = module instanceof PythonModule pm ? pm.getDict() : PyOps.lookupAttribute(module, "__dict__");
            if (dict == null) {
                throw PythonErrors.importError("from-import-* object has no __dict__ and no __all__");
            }
            names = dict instanceof PDict pd ? new PList(pd.keysArray()) : PyUtil.callMethod(dict, "keys");
        }
        for (Object n : PyUtil.toList(names)) {
            if (!(n instanceof String s)) {
                String modName = String.valueOf(PyOps.lookupAttribute(module, "__name__"));
                throw PythonErrors.typeError("%s in %s.%s must be str, not %s", all != null ? "Item" : "Key", modName,
                                all != null ? "__all__" : "__dict__", PyUtil.typeName(n));
            }
            if (skipPrivate && s.startsWith("_")) {
                continue;
            }
            Object v = PyOps.getAttribute(module, s);
            if (namespace instanceof PDict d) {
                d.put(s, v);
            } else {
                PyOps.setItem(namespace, s, v);
            }
        }
    }

    // ================================================================== resolution

    static String resolvePackage(Object globals) {
        if (!(globals instanceof PDict g)) {
            if (globals == null || globals == NONE) {
                throw importError(BuiltinTypes.IMPORT_ERROR, "attempted relative import with no known parent package", NONE, NONE);
            }
            throw PythonErrors.typeError("globals must be a dict");
        }
        Object pkg = g.get("__package__");
        Object spec = g.get("__spec__");
        if (pkg != null && pkg != NONE) {
            if (!(pkg instanceof String)) {
                throw PythonErrors.typeError("package must be a string");
            }
        } else if (spec != null && spec != NONE) {
            pkg = PyOps.getAttribute(spec, "parent");
        } else {
            Object name = g.get("__name__");
            if (!(name instanceof String n)) {
                throw PythonErrors.raise(BuiltinTypes.KEY_ERROR, "'__name__' not in globals");
            }
            if (g.get("__path__") != null) {
                pkg = n;
            } else {
                int dot = n.lastIndexOf('.');
                pkg = dot < 0 ? "" : n.substring(0, dot);
            }
        }
        String p = (String) pkg;
        if (p.isEmpty()) {
            throw importError(BuiltinTypes.IMPORT_ERROR, "attempted relative import with no known parent package", NONE, NONE);
        }
        return p;
    }

    static String resolveName(String name, String pkg, int level) {
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw importError(BuiltinTypes.IMPORT_ERROR, "attempted relative import beyond top-level package", NONE, NONE);
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    static Object handleFromList(PythonContext ctx, Object module, String[] fromList) {
        Object path = PyOps.lookupAttribute(module, "__path__");
        if (path == null) {
            return module;
        }
        String modName = (String) PyOps.getAttribute(module, "__name__");
        for (String x : fromList) {
            if (x.equals("*")) {
                Object all = PyOps.lookupAttribute(module, "__all__");
                if (all != null) {
                    List<Object> items = PyUtil.toList(all);
                    List<String> names = new ArrayList<>();
                    for (Object o : items) {
                        if (o instanceof String s) {
                            names.add(s);
                        }
                    }
                    handleFromList(ctx, module, names.toArray(new String[0]));
                }
            } else if (PyOps.lookupAttribute(module, x) == null) {
                String full = modName + "." + x;
                try {
                    Object existing = ctx.getSysModules().get(full);
                    if (existing == null || existing == NONE) {
                        findAndLoad(ctx, full);
                    }
                } catch (PException e) {
                    if (PythonErrors.isInstance(e, BuiltinTypes.MODULE_NOT_FOUND_ERROR)) {
                        Object n = PyOps.lookupAttribute(e.getPythonException(), "name");
                        if (full.equals(n) && ctx.getSysModules().get(full) == null) {
                            continue;
                        }
                    }
                    throw e;
                }
            }
        }
        return module;
    }

    // ================================================================== finding and loading

    @TruffleBoundary
    static Object findAndLoad(PythonContext ctx, String name) {
        PDict modules = ctx.getSysModules();
        Object existing = modules.get(name);
        if (existing == NONE) {
            throw importError(BuiltinTypes.MODULE_NOT_FOUND_ERROR, "import of " + name + " halted; None in sys.modules", name, NONE);
        }
        if (existing != null) {
            return existing;
        }
        if (ctx.importTime) {
            return timedFindAndLoad(ctx, name);
        }
        return findAndLoadNew(ctx, name);
    }

    /**
     * {@code -X importtime}: CPython's report of each import's own and cumulative time in
     * microseconds, indented by nesting, printed when the import ends (children first).
     */
    private static Object timedFindAndLoad(PythonContext ctx, String name) {
        if (!ctx.importTimeHeaderWritten) {
            ctx.importTimeHeaderWritten = true;
            writeStderr(ctx, "import time: self [us] | cumulative | imported package\n");
        }
        long outerChildren = ctx.importChildNanos;
        ctx.importChildNanos = 0;
        int level = ctx.importDepth++;
        long t0 = System.nanoTime();
        try {
            return findAndLoadNew(ctx, name);
        } finally {
            long cumulative = System.nanoTime() - t0;
            ctx.importDepth = level;
            writeStderr(ctx, String.format("import time: %9d | %10d | %s%s\n", micros(cumulative - ctx.importChildNanos),
                            micros(cumulative), " ".repeat(level * 2), name));
            ctx.importChildNanos = outerChildren + cumulative;
        }
    }

    /** Like CPython, straight to the process's stderr, not through sys.stderr. */
    @TruffleBoundary
    private static void writeStderr(PythonContext ctx, String text) {
        try {
            ctx.getStandardErr().write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ctx.getStandardErr().flush();
        } catch (IOException e) {
            // nowhere to report it
        }
    }

    private static long micros(long nanos) {
        return (nanos + 999) / 1000;
    }

    /** Finds and loads {@code name}, which is not in sys.modules. */
    private static Object findAndLoadNew(PythonContext ctx, String name) {
        PDict modules = ctx.getSysModules();
        int dot = name.lastIndexOf('.');
        Object searchPath = null;
        Object parentModule = null;
        if (dot >= 0) {
            String parent = name.substring(0, dot);
            parentModule = modules.get(parent);
            if (parentModule == null || parentModule == NONE) {
                parentModule = findAndLoad(ctx, parent);
            }
            Object again = modules.get(name);
            if (again != null && again != NONE) {
                return again;
            }
            searchPath = PyOps.lookupAttribute(parentModule, "__path__");
            if (searchPath == null) {
                throw importError(BuiltinTypes.MODULE_NOT_FOUND_ERROR,
                                String.format("No module named '%s'; '%s' is not a package", name, parent), name, NONE);
            }
        }
        Object module = null;
        Object metaPath = ctx.getSys().getAttr("meta_path");
        PythonObject[] importers = importers(ctx);
        boolean found = false;
        for (Object finder : metaPath instanceof PList l ? l.toArray() : PyUtil.toArray(metaPath)) {
            if (finder == importers[0]) {
                if (dot < 0) {
                    PythonModule bm = loadBuiltin(ctx, name);
                    if (bm != null) {
                        module = bm;
                        found = true;
                        break;
                    }
                }
            } else if (finder == importers[1]) {
                Spec s = findOnPath(name, searchPath == null ? ctx.getSys().getAttr("path") : searchPath);
                if (s != null) {
                    module = loadSource(ctx, s);
                    found = true;
                    break;
                }
            } else {
                Object fs = PyOps.lookupAttribute(finder, "find_spec");
                Object spec;
                if (fs != null) {
                    spec = PyUtil.call(fs, name, searchPath == null ? NONE : searchPath, NONE);
                } else {
                    Object fm = PyOps.lookupAttribute(finder, "find_module");
                    if (fm == null) {
                        continue;
                    }
                    Object loader = PyUtil.call(fm, name, searchPath == null ? NONE : searchPath);
                    spec = loader == NONE ? NONE : newSpec(name, loader, NONE, false);
                }
                if (spec != NONE) {
                    module = loadFromSpec(ctx, name, spec);
                    found = true;
                    break;
                }
            }
        }
        if (!found) {
            if (metaPath instanceof PList l && l.size() == 0) {
                // CPython warns "sys.meta_path is empty" (ImportWarning) and fails
            }
            throw importError(BuiltinTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'", name, NONE);
        }
        if (parentModule != null) {
            String child = name.substring(dot + 1);
            try {
                if (parentModule instanceof PythonModule pm) {
                    pm.setAttr(child, module);
                } else {
                    PyOps.setAttribute(parentModule, child, module);
                }
            } catch (PException e) {
                // CPython emits an ImportWarning and carries on
            }
        }
        return module;
    }

    static PythonObject[] importers(PythonContext ctx) {
        synchronized (IMPORTERS) {
            return IMPORTERS.computeIfAbsent(ctx, c -> new PythonObject[]{new PythonObject(BUILTIN_IMPORTER), new PythonObject(PATH_FINDER)});
        }
    }

    /** Creates, registers and initialises a Java-implemented module; null when there is none. */
    static PythonModule loadBuiltin(PythonContext ctx, String name) {
        PythonModule m = ctx.createBuiltinModule(name);
        if (m == null) {
            return null;
        }
        initBuiltinAttrs(ctx, m, name);
        ctx.getSysModules().put(name, m);
        return m;
    }

    static void initBuiltinAttrs(PythonContext ctx, PythonModule m, String name) {
        PythonObject importer = importers(ctx)[0];
        if (m.getAttr("__spec__") == null) {
            m.setAttr("__spec__", newSpec(name, importer, "built-in", false));
        }
        if (m.getAttr("__loader__") == null) {
            m.setAttr("__loader__", importer);
        }
        if (m.getAttr("__package__") == null) {
            m.setAttr("__package__", "");
        }
        if (m.getAttr("__doc__") == null) {
            m.setAttr("__doc__", NONE);
        }
    }

    /** A located module: a source file, a package, or a namespace package (origin null). */
    record Spec(String name, String origin, List<String> searchLocations) {
    }

    /** Directory listings cached by modification time (one stat per lookup instead of several). */
    private static final Map<String, Object[]> DIR_CACHE = new HashMap<>();

    static synchronized Set<String> listDir(String dir) {
        Path p = Path.of(dir);
        long mtime;
        try {
            mtime = Files.getLastModifiedTime(p).toMillis();
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
        Object[] cached = DIR_CACHE.get(dir);
        if (cached != null && (Long) cached[0] == mtime && System.currentTimeMillis() - mtime > 2000) {
            @SuppressWarnings("unchecked")
            Set<String> s = (Set<String>) cached[1];
            return s;
        }
        Set<String> names = new HashSet<>();
        try (var stream = Files.newDirectoryStream(p)) {
            for (Path e : stream) {
                names.add(e.getFileName().toString());
            }
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
        DIR_CACHE.put(dir, new Object[]{mtime, names});
        return names;
    }

    @TruffleBoundary
    static Spec findOnPath(String fullName, Object path) {
        String tail = fullName.substring(fullName.lastIndexOf('.') + 1);
        List<String> namespacePortions = null;
        for (Object entry : PyUtil.toArray(path)) {
            if (!(entry instanceof String e)) {
                continue;
            }
            String dir = e.isEmpty() ? PosixModule.cwd() : (Path.of(e).isAbsolute() ? e : Path.of(PosixModule.cwd()).resolve(e).toString());
            Set<String> names = listDir(dir);
            if (names.isEmpty()) {
                continue;
            }
            String shownDir = e.isEmpty() ? "" : e;
            if (names.contains(tail)) {
                Path pkgDir = Path.of(dir, tail);
                if (Files.isDirectory(pkgDir)) {
                    String shownPkg = shownDir.isEmpty() ? tail : shownDir + "/" + tail;
                    if (Files.isRegularFile(pkgDir.resolve("__init__.py"))) {
                        String origin = absolutize(shownPkg + "/__init__.py");
                        List<String> loc = new ArrayList<>();
                        loc.add(absolutize(shownPkg));
                        return new Spec(fullName, origin, loc);
                    }
                    if (namespacePortions == null) {
                        namespacePortions = new ArrayList<>();
                    }
                    namespacePortions.add(absolutize(shownPkg));
                }
            }
            if (names.contains(tail + ".py")) {
                Path file = Path.of(dir, tail + ".py");
                if (Files.isRegularFile(file)) {
                    return new Spec(fullName, absolutize(shownDir.isEmpty() ? tail + ".py" : shownDir + "/" + tail + ".py"), null);
                }
            }
        }
        if (namespacePortions != null) {
            return new Spec(fullName, null, namespacePortions);
        }
        return null;
    }

    /** CPython makes module paths absolute (since 3.9 even for the '' entry). */
    static String absolutize(String p) {
        Path path = Path.of(p);
        if (path.isAbsolute()) {
            return p;
        }
        return Path.of(PosixModule.cwd()).resolve(path).normalize().toString();
    }

    static Object loadSource(PythonContext ctx, Spec s) {
        boolean isPackage = s.searchLocations() != null;
        PythonObject loader;
        if (s.origin() != null) {
            loader = new PythonObject(SOURCE_LOADER);
            PyUtil.setObjAttr(loader, "name", s.name());
            PyUtil.setObjAttr(loader, "path", s.origin());
        } else {
            loader = null;
        }
        PythonObject spec = newSpec(s.name(), loader == null ? NONE : loader, s.origin() == null ? NONE : s.origin(), s.origin() != null);
        if (isPackage) {
            PyUtil.setObjAttr(spec, "submodule_search_locations", new PList(s.searchLocations().toArray()));
        }
        PythonModule m = new PythonModule(s.name());
        initModuleAttrs(ctx, m, spec);
        if (s.origin() == null) {
            ctx.getSysModules().put(s.name(), m);
            return m;
        }
        return execute(ctx, m, spec, s.origin());
    }

    static void initModuleAttrs(PythonContext ctx, PythonModule m, PythonObject spec) {
        String name = (String) PyUtil.getObjAttr(spec, "name");
        Object locations = PyUtil.getObjAttr(spec, "submodule_search_locations");
        Object origin = PyUtil.getObjAttr(spec, "origin");
        m.setAttr("__spec__", spec);
        m.setAttr("__loader__", PyUtil.getObjAttr(spec, "loader"));
        boolean isPkg = locations != null && locations != NONE;
        int dot = name.lastIndexOf('.');
        m.setAttr("__package__", isPkg ? name : dot < 0 ? "" : name.substring(0, dot));
        if (isPkg) {
            m.setAttr("__path__", locations);
        }
        Object hasLocation = PyOps.lookupAttribute(spec, "has_location");
        if (hasLocation != null && PyUtil.truthy(hasLocation) && origin instanceof String) {
            m.setAttr("__file__", origin);
            Object cached = PyOps.lookupAttribute(spec, "cached");
            m.setAttr("__cached__", cached == null ? NONE : cached);
        }
        m.setAttr("__builtins__", ctx.getBuiltins());
    }

    /** Runs a module's source file; the module is in sys.modules while it runs, and removed on failure. */
    static Object execute(PythonContext ctx, PythonModule m, PythonObject spec, String file) {
        String name = m.getModuleName();
        String source = readSource(file);
        PDict modules = ctx.getSysModules();
        modules.put(name, m);
        PyUtil.setObjAttr(spec, "_initializing", true);
        try {
            SourceCompiler.execModule(source, file, m);
        } catch (RuntimeException | Error e) {
            modules.remove(name);
            throw e;
        } finally {
            PyUtil.setObjAttr(spec, "_initializing", false);
        }
        Object result = modules.get(name);
        if (result == null) {
            throw importError(BuiltinTypes.IMPORT_ERROR, "Loaded module " + name + " not found in sys.modules", name, NONE);
        }
        return result;
    }

    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    /** Reads a source file with PEP 263 encoding declarations and a UTF-8 BOM. */
    @TruffleBoundary
    public static String readSource(String file) {
        byte[] data;
        try {
            data = Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw org.cinderj.runtime.io.IoErrors.fromJava(e, file);
        }
        return decodeSource(data);
    }

    public static String decodeSource(byte[] data) {
        int start = 0;
        if (data.length >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb && (data[2] & 0xff) == 0xbf) {
            start = 3;
        }
        Charset cs = StandardCharsets.UTF_8;
        if (start == 0) {
            int lineStart = 0;
            for (int line = 0; line < 2 && lineStart < data.length; line++) {
                int end = lineStart;
                while (end < data.length && data[end] != '\n') {
                    end++;
                }
                String l = new String(data, lineStart, end - lineStart, StandardCharsets.ISO_8859_1);
                Matcher mt = CODING.matcher(l);
                if (mt.find()) {
                    cs = org.cinderj.runtime.io.Encodings.charset(mt.group(1));
                    break;
                }
                if (!l.stripLeading().startsWith("#") && !l.isBlank()) {
                    break;
                }
                lineStart = end + 1;
            }
        }
        return new String(data, start, data.length - start, cs);
    }

    /** Loads a module from a spec returned by a Python finder (importlib's _load_unlocked). */
    static Object loadFromSpec(PythonContext ctx, String name, Object spec) {
        Object loader = PyOps.getAttribute(spec, "loader");
        Object module = null;
        if (loader != NONE) {
            Object create = PyOps.lookupAttribute(loader, "create_module");
            if (create != null) {
                module = PyUtil.call(create, spec);
            }
        }
        if (module == null || module == NONE) {
            module = new PythonModule(name);
        }
        setIfMissing(module, "__name__", name);
        setIfMissing(module, "__loader__", loader);
        try {
            PyOps.setAttribute(module, "__spec__", spec);
            Object locs = PyOps.lookupAttribute(spec, "submodule_search_locations");
            Object parent = PyOps.lookupAttribute(spec, "parent");
            setIfMissing(module, "__package__", parent == null ? NONE : parent);
            if (locs != null && locs != NONE) {
                setIfMissing(module, "__path__", locs);
            }
            Object hasLoc = PyOps.lookupAttribute(spec, "has_location");
            if (hasLoc != null && PyUtil.truthy(hasLoc)) {
                setIfMissing(module, "__file__", PyOps.getAttribute(spec, "origin"));
                Object cached = PyOps.lookupAttribute(spec, "cached");
                setIfMissing(module, "__cached__", cached == null ? NONE : cached);
            }
        } catch (PException e) {
            // as CPython: attribute failures are ignored
        }
        PDict modules = ctx.getSysModules();
        modules.put(name, module);
        try {
            if (loader != NONE) {
                Object exec = PyOps.lookupAttribute(loader, "exec_module");
                if (exec != null) {
                    PyUtil.call(exec, module);
                } else {
                    Object lm = PyOps.lookupAttribute(loader, "load_module");
                    if (lm != null) {
                        PyUtil.call(lm, name);
                    }
                }
            }
        } catch (RuntimeException | Error e) {
            modules.remove(name);
            throw e;
        }
        Object result = modules.get(name);
        return result == null ? module : result;
    }

    private static void setIfMissing(Object module, String attr, Object value) {
        if (PyOps.lookupAttribute(module, attr) == null || attr.equals("__spec__")) {
            PyOps.setAttribute(module, attr, value);
        }
    }

    static PException importError(PythonClass cls, String msg, Object name, Object path) {
        PBaseException e = PythonErrors.create(cls, msg);
        try {
            PyOps.setAttribute(e, "name", name);
            PyOps.setAttribute(e, "path", path);
            PyOps.setAttribute(e, "msg", msg);
        } catch (RuntimeException ex) {
            PyUtil.setObjAttr(e, "name", name);
            PyUtil.setObjAttr(e, "path", path);
        }
        return PythonErrors.raiseObject(e);
    }

    // ================================================================== ModuleSpec and the importers

    static PythonObject newSpec(String name, Object loader, Object origin, boolean hasLocation) {
        PythonObject s = new PythonObject(MODULE_SPEC);
        PyUtil.setObjAttr(s, "name", name);
        PyUtil.setObjAttr(s, "loader", loader);
        PyUtil.setObjAttr(s, "origin", origin);
        PyUtil.setObjAttr(s, "loader_state", NONE);
        PyUtil.setObjAttr(s, "submodule_search_locations", NONE);
        PyUtil.setObjAttr(s, "cached", NONE);
        PyUtil.setObjAttr(s, "_set_fileattr", hasLocation);
        return s;
    }

    private static void defineSpec() {
        PythonClass c = MODULE_SPEC;
        BuiltinDef.method(c, "__init__", "(self, name, loader, *, origin=None, loader_state=None, is_package=None)", a -> {
            PythonObject s = (PythonObject) a[0];
            PyUtil.setObjAttr(s, "name", a[1]);
            PyUtil.setObjAttr(s, "loader", a[2]);
            PyUtil.setObjAttr(s, "origin", a[3]);
            PyUtil.setObjAttr(s, "loader_state", a[4]);
            PyUtil.setObjAttr(s, "submodule_search_locations", PyUtil.truthy(a[5]) ? new PList() : NONE);
            PyUtil.setObjAttr(s, "cached", NONE);
            PyUtil.setObjAttr(s, "_set_fileattr", false);
            return NONE;
        });
        BuiltinDef.getter(c, "parent", self -> {
            Object locs = PyOps.getAttribute(self, "submodule_search_locations");
            String name = PyUtil.str(PyOps.getAttribute(self, "name"), "name");
            if (locs != NONE) {
                return name;
            }
            int dot = name.lastIndexOf('.');
            return dot < 0 ? "" : name.substring(0, dot);
        });
        BuiltinDef.getSet(c, "has_location", self -> {
            Object v = PyUtil.getObjAttr((PythonObject) self, "_set_fileattr");
            return v != null && PyUtil.truthy(v);
        }, (self, v) -> PyUtil.setObjAttr((PythonObject) self, "_set_fileattr", v != null && PyUtil.truthy(v)));
        BuiltinDef.method(c, "__repr__", "(self)", a -> {
            StringBuilder sb = new StringBuilder("ModuleSpec(name=").append(PyOps.repr(PyOps.getAttribute(a[0], "name")));
            sb.append(", loader=").append(PyOps.repr(PyOps.getAttribute(a[0], "loader")));
            Object origin = PyOps.getAttribute(a[0], "origin");
            if (origin != NONE) {
                sb.append(", origin=").append(PyOps.repr(origin));
            }
            Object locs = PyOps.getAttribute(a[0], "submodule_search_locations");
            if (locs != NONE) {
                sb.append(", submodule_search_locations=").append(PyOps.repr(locs));
            }
            return sb.append(')').toString();
        });
    }

    private static void defineImporters() {
        PythonClass b = BUILTIN_IMPORTER;
        BuiltinDef.method(b, "find_spec", "(self, fullname, path=None, target=None)", a -> {
            PythonContext ctx = PythonContext.get(null);
            String name = PyUtil.str(a[1], "fullname");
            if (path(a[2]) || !ctx.getBuiltinModuleNames().contains(name) && !name.equals("sys") && !name.equals("builtins")) {
                return NONE;
            }
            return newSpec(name, a[0], "built-in", false);
        });
        BuiltinDef.method(b, "create_module", "(self, spec)", a -> {
            PythonContext ctx = PythonContext.get(null);
            String name = PyUtil.str(PyOps.getAttribute(a[1], "name"), "name");
            Object existing = ctx.getSysModules().get(name);
            if (existing != null && existing != NONE) {
                return existing;
            }
            PythonModule m = ctx.createBuiltinModule(name);
            if (m == null) {
                throw importError(BuiltinTypes.IMPORT_ERROR, "no built-in module named " + name, name, NONE);
            }
            return m;
        });
        BuiltinDef.method(b, "exec_module", "(self, module)", a -> NONE);
        BuiltinDef.method(b, "is_package", "(self, fullname)", a -> false);
        BuiltinDef.method(b, "get_code", "(self, fullname)", a -> NONE);
        BuiltinDef.method(b, "get_source", "(self, fullname)", a -> NONE);
        BuiltinDef.method(b, "invalidate_caches", "(self)", a -> NONE);
        BuiltinDef.method(b, "__repr__", "(self)", a -> "<class '_frozen_importlib.BuiltinImporter'>");

        PythonClass p = PATH_FINDER;
        BuiltinDef.method(p, "find_spec", "(self, fullname, path=None, target=None)", a -> {
            PythonContext ctx = PythonContext.get(null);
            String name = PyUtil.str(a[1], "fullname");
            return specObject(name, findOnPath(name, path(a[2]) ? a[2] : ctx.getSys().getAttr("path")));
        });
        BuiltinDef.method(p, "invalidate_caches", "(self)", a -> {
            synchronized (ImportSystem.class) {
                DIR_CACHE.clear();
            }
            return NONE;
        });
        BuiltinDef.method(p, "__repr__", "(self)", a -> "<class '_frozen_importlib_external.PathFinder'>");

        PythonClass ff = FILE_FINDER;
        BuiltinDef.method(ff, "__init__", "(self, path)", a -> {
            PyUtil.setObjAttr((PythonObject) a[0], "path", PyUtil.str(a[1], "path"));
            return NONE;
        });
        BuiltinDef.method(ff, "find_spec", "(self, fullname, target=None)", a -> {
            String name = PyUtil.str(a[1], "fullname");
            return specObject(name, findOnPath(name, new PList(new Object[]{PyOps.getAttribute(a[0], "path")})));
        });
        BuiltinDef.method(ff, "invalidate_caches", "(self)", a -> {
            synchronized (ImportSystem.class) {
                DIR_CACHE.clear();
            }
            return NONE;
        });
        BuiltinDef.method(ff, "__repr__", "(self)", a -> "FileFinder(" + PyOps.repr(PyOps.getAttribute(a[0], "path")) + ")");
        // the sys.path_hooks entry: a finder for a directory, ImportError for anything else
        BuiltinDef.staticMethod(ff, "path_hook_for", "(path)", a -> {
            String path = PyUtil.str(a[0], "path");
            String dir = path.isEmpty() ? PosixModule.cwd() : path;
            if (!Files.isDirectory(Path.of(dir))) {
                throw importError(BuiltinTypes.IMPORT_ERROR, "only directories are supported", NONE, path);
            }
            PythonObject f = new PythonObject(FILE_FINDER);
            PyUtil.setObjAttr(f, "path", path);
            return f;
        });
        defineSourceLoader();
    }

    /** The sys.path_hooks entry (FileFinder.path_hook_for). */
    static Object pathHook() {
        return FILE_FINDER.lookup("path_hook_for") instanceof org.cinderj.runtime.function.PStaticMethod sm ? sm.getCallable() : NONE;
    }

    /** The ModuleSpec object of a search result, None when nothing was found. */
    private static Object specObject(String name, Spec s) {
        if (s == null) {
            return NONE;
        }
        Object loader = NONE;
        if (s.origin() != null) {
            PythonObject sl = new PythonObject(SOURCE_LOADER);
            PyUtil.setObjAttr(sl, "name", name);
            PyUtil.setObjAttr(sl, "path", s.origin());
            loader = sl;
        }
        PythonObject spec = newSpec(name, loader, s.origin() == null ? NONE : s.origin(), s.origin() != null);
        if (s.searchLocations() != null) {
            PyUtil.setObjAttr(spec, "submodule_search_locations", new PList(s.searchLocations().toArray()));
        }
        return spec;
    }

    private static void defineSourceLoader() {
        PythonClass l = SOURCE_LOADER;
        BuiltinDef.method(l, "__init__", "(self, fullname, path)", a -> {
            PyUtil.setObjAttr((PythonObject) a[0], "name", a[1]);
            PyUtil.setObjAttr((PythonObject) a[0], "path", a[2]);
            return NONE;
        });
        BuiltinDef.method(l, "create_module", "(self, spec)", a -> new PythonModule(PyUtil.str(PyOps.getAttribute(a[1], "name"), "name")));
        BuiltinDef.method(l, "exec_module", "(self, module)", a -> {
            PythonContext ctx = PythonContext.get(null);
            String file = PyUtil.str(PyOps.getAttribute(a[0], "path"), "path");
            if (a[1] instanceof PythonModule pm) {
                if (pm.getAttr("__builtins__") == null) {
                    pm.setAttr("__builtins__", ctx.getBuiltins());
                }
                SourceCompiler.execModule(readSource(file), file, pm);
            } else {
                throw PythonErrors.typeError("exec_module() expects a module object");
            }
            return NONE;
        });
        BuiltinDef.method(l, "get_filename", "(self, fullname=None)", a -> PyOps.getAttribute(a[0], "path"));
        // runpy (python -m) and pkgutil ask the loader for the module's code object
        BuiltinDef.method(l, "get_code", "(self, fullname)", a -> {
            String file = PyUtil.str(PyOps.getAttribute(a[0], "path"), "path");
            return SourceCompiler.compile(readSource(file), file, "exec");
        });
        BuiltinDef.method(l, "get_source", "(self, fullname)", a -> readSource(PyUtil.str(PyOps.getAttribute(a[0], "path"), "path")));
        BuiltinDef.method(l, "is_package", "(self, fullname)", a -> {
            String path = PyUtil.str(PyOps.getAttribute(a[0], "path"), "path");
            return Path.of(path).getFileName().toString().equals("__init__.py");
        });
        BuiltinDef.method(l, "get_data", "(self, path)", a -> {
            String path = PyUtil.str(a[1], "path");
            try {
                byte[] data = Files.readAllBytes(Path.of(path));
                BinaryIO.BytesBridge br = BinaryIO.bridge;
                if (br == null) {
                    throw PythonErrors.notImplementedError("get_data needs the bytes type");
                }
                return br.fromBytes(data);
            } catch (IOException e) {
                throw org.cinderj.runtime.io.IoErrors.fromJava(e, path);
            }
        });
        BuiltinDef.method(l, "load_module", "(self, fullname=None)", a -> {
            PythonContext ctx = PythonContext.get(null);
            String name = PyUtil.str(PyOps.getAttribute(a[0], "name"), "name");
            return importName(ctx, name, null, new String[]{"__name__"}, 0);
        });
        BuiltinDef.method(l, "__repr__", "(self)", a -> "<_frozen_importlib_external.SourceFileLoader object>");
    }

    private static boolean path(Object o) {
        return o != null && o != NONE && !(o instanceof org.cinderj.runtime.function.Missing);
    }

    // ================================================================== _imp and marshal

    public static PythonModule createImp(PythonContext ctx) {
        PythonModule m = new PythonModule("_imp");
        BuiltinDef.function(m, "acquire_lock", "()", a -> NONE);
        BuiltinDef.function(m, "release_lock", "()", a -> NONE);
        BuiltinDef.function(m, "lock_held", "()", a -> false);
        BuiltinDef.function(m, "is_builtin", "(name, /)", a -> {
            String n = PyUtil.str(a[0], "is_builtin() argument");
            if (n.equals("sys") || n.equals("builtins")) {
                return -1L;
            }
            return ctx.getBuiltinModuleNames().contains(n) ? 1L : 0L;
        });
        BuiltinDef.function(m, "create_builtin", "(spec, /)", a -> {
            String name = PyUtil.str(PyOps.getAttribute(a[0], "name"), "name");
            Object existing = ctx.getSysModules().get(name);
            if (existing != null && existing != NONE) {
                return existing;
            }
            PythonModule bm = ctx.createBuiltinModule(name);
            return bm == null ? NONE : bm;
        });
        BuiltinDef.function(m, "exec_builtin", "(mod, /)", a -> 0L);
        BuiltinDef.function(m, "create_dynamic", "(spec, file=None, /)", a -> {
            throw importError(BuiltinTypes.IMPORT_ERROR, "extension modules are not supported", PyOps.getAttribute(a[0], "name"), NONE);
        });
        BuiltinDef.function(m, "exec_dynamic", "(mod, /)", a -> 0L);
        BuiltinDef.function(m, "is_frozen", "(name, /)", a -> false);
        BuiltinDef.function(m, "is_frozen_package", "(name, /)", a -> false);
        BuiltinDef.function(m, "get_frozen_object", "(name, /)", a -> {
            throw importError(BuiltinTypes.IMPORT_ERROR, "No such frozen object named " + PyOps.repr(a[0]), a[0], NONE);
        });
        BuiltinDef.function(m, "init_frozen", "(name, /)", a -> NONE);
        BuiltinDef.function(m, "extension_suffixes", "()", a -> new PList());
        BuiltinDef.function(m, "_fix_co_filename", "(code, path, /)", a -> NONE);
        BuiltinDef.function(m, "source_hash", "(key, source)", a -> {
            throw PythonErrors.notImplementedError("source_hash");
        });
        m.setAttr("check_hash_based_pycs", "never");
        return m;
    }

    /** Installs the finders in sys.meta_path and module attributes of builtins/sys. */
    public static void setUp(PythonContext ctx) {
        PythonObject[] imp = importers(ctx);
        Object mp = ctx.getSys().getAttr("meta_path");
        if (mp instanceof PList l) {
            l.append(imp[0]);
            l.append(imp[1]);
        }
        initBuiltinAttrs(ctx, ctx.getBuiltins(), "builtins");
        initBuiltinAttrs(ctx, ctx.getSys(), "sys");
    }

    static PTuple unusedTuple() {
        return PTuple.EMPTY;
    }
}

package org.cinderj.parser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Locates the CPython 3.10.8 reference build and runs scripts with it. */
public final class CPythonReference {
    private CPythonReference() {
    }

    /** The root holding bin/, lib/ (lib-python/target/cpython or its org/bytedeco/... subfolder), or null. */
    public static Path root() {
        String home = System.getProperty("cinderj.cpython.home");
        List<Path> candidates = new java.util.ArrayList<>();
        if (home != null) {
            candidates.add(Path.of(home));
        }
        // the property is derived from the directory maven was started in; also look upwards
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("lib-python/target/cpython"));
        }
        for (Path p : candidates) {
            Path deep = p.resolve("org/bytedeco/cpython/linux-x86_64");
            if (Files.isDirectory(deep.resolve("lib/python3.10"))) {
                return deep;
            }
            if (Files.isDirectory(p.resolve("lib/python3.10"))) {
                return p;
            }
        }
        return null;
    }

    public static Path stdlib() {
        Path r = root();
        return r == null ? null : r.resolve("lib/python3.10");
    }

    /** Runs the reference python on a script from the test resources; returns stdout. */
    public static String run(String resource, List<String> args) throws IOException, InterruptedException {
        Path root = root();
        Path python = root.resolve("bin/python3.10");
        python.toFile().setExecutable(true);
        Path script = Files.createTempFile("cinderj", ".py");
        try (InputStream in = CPythonReference.class.getResourceAsStream(resource)) {
            Files.write(script, in.readAllBytes());
        }
        try {
            List<String> cmd = new java.util.ArrayList<>();
            cmd.add(python.toString());
            cmd.add(script.toString());
            cmd.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(cmd);
            Map<String, String> env = pb.environment();
            env.put("LD_LIBRARY_PATH", root + ":" + root.resolve("lib"));
            env.put("PYTHONHOME", root.toString());
            pb.redirectError(ProcessBuilder.Redirect.INHERIT);
            Process proc = pb.start();
            String out = new String(proc.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int rc = proc.waitFor();
            if (rc != 0) {
                throw new IOException("reference python exited with " + rc);
            }
            return out;
        } finally {
            Files.deleteIfExists(script);
        }
    }
}

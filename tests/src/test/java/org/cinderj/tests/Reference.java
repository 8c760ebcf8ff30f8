package org.cinderj.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cinderj.launcher.ContextConfig;

/**
 * The reference: CPython 3.10.8 from lib-python (bin/python3.10, run with
 * LD_LIBRARY_PATH=root:root/lib, PYTHONHOME=root and PYTHONDONTWRITEBYTECODE=1, no other PYTHON* variables, a UTF-8
 * locale, cwd = the program's folder, sys.argv[0] = the program's absolute path).
 *
 * <p>Outputs are cached, already normalised, under {@code cinderj.tests.cache}: the key is the
 * sha256 of the cache format, the reference version, the program text, its arguments and stdin,
 * and every support file of the program's group folder (helper modules of imports/ etc.).
 */
final class Reference {
    static final String VERSION = "3.10.8";
    private static final String CACHE_FORMAT = "cinderj-ref-1";

    final Path root;
    final Path binary;
    final Path cacheDir;

    Reference(Path root, Path cacheDir) {
        this.root = root;
        this.binary = root.resolve("bin/python3.10");
        this.cacheDir = cacheDir;
        // maven-dependency-plugin's unpack drops the exec bits.
        if (Files.isRegularFile(binary) && !Files.isExecutable(binary)) {
            binary.toFile().setExecutable(true);
        }
    }

    static Reference locate() {
        Path root = ContextConfig.findCPythonRoot();
        if (root == null) {
            throw new IllegalStateException("CPython 3.10.8 not found: build lib-python first (mvn -q -DskipTests package)");
        }
        String cache = System.getProperty("cinderj.tests.cache");
        Path cacheDir = cache != null ? Path.of(cache) : Path.of("target/reference-cache");
        return new Reference(root, cacheDir);
    }

    String stdlib() {
        return root.resolve("lib/python3.10").toString();
    }

    /** The reference result for {@code p}, from the cache or by running CPython. */
    RunResult get(Program p, Path corpus, RunResult.Paths paths) throws IOException, InterruptedException {
        String key = cacheKey(p, corpus);
        Path entry = cacheDir.resolve(key.substring(0, 2)).resolve(key + ".txt");
        if (Files.isRegularFile(entry)) {
            RunResult cached = read(entry);
            if (cached != null) {
                return cached;
            }
        }
        RunResult r = run(p).normalised(paths);
        write(entry, r);
        return r;
    }

    /** Runs CPython on the program (no cache). */
    RunResult run(Program p) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(binary.toString());
        cmd.add(p.file.toString());
        cmd.addAll(p.args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(p.dir().toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("PYTHON") || k.startsWith("LC_"));
        env.put("LD_LIBRARY_PATH", root + ":" + root.resolve("lib"));
        env.put("PYTHONHOME", root.toString());
        env.put("PYTHONDONTWRITEBYTECODE", "1"); // no __pycache__ in the corpus
        env.put("LANG", "C.UTF-8");
        env.put("LC_ALL", "C.UTF-8");
        Process proc = pb.start();
        Thread feeder = Thread.ofVirtual().start(() -> {
            try (OutputStream os = proc.getOutputStream()) {
                os.write(p.stdin.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the program may exit without reading its stdin
            }
        });
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errReader = Thread.ofVirtual().start(() -> drain(proc.getErrorStream(), err));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        drain(proc.getInputStream(), out);
        if (!proc.waitFor(120, TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            throw new IllegalStateException("reference CPython timed out on " + p.name);
        }
        errReader.join();
        feeder.join();
        return new RunResult(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), proc.exitValue(), null);
    }

    private static void drain(InputStream in, ByteArrayOutputStream to) {
        try (in) {
            in.transferTo(to);
        } catch (IOException e) {
            // process ended
        }
    }

    String cacheKey(Program p, Path corpus) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        update(md, CACHE_FORMAT);
        update(md, VERSION);
        update(md, p.text);
        update(md, String.join("\u0000", p.args));
        update(md, p.stdin.toString());
        for (Path support : supportFiles(p, corpus)) {
            update(md, corpus.relativize(support).toString());
            md.update(Files.readAllBytes(support));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The non-program files of the program's group folder (and below), sorted. */
    static List<Path> supportFiles(Program p, Path corpus) throws IOException {
        Path group = p.dir();
        try (Stream<Path> s = Files.walk(group)) {
            return s.filter(Files::isRegularFile)
                            .filter(f -> !DifferentialTest.isProgram(corpus, f))
                            .filter(f -> !f.toString().contains("__pycache__"))
                            .sorted()
                            .toList();
        }
    }

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    // Cache entry: "status\n<stdout byte count>\n<stdout><stderr byte count>\n<stderr>"
    private static void write(Path entry, RunResult r) throws IOException {
        Files.createDirectories(entry.getParent());
        byte[] out = r.stdout().getBytes(StandardCharsets.UTF_8);
        byte[] err = r.stderr().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes((r.status() + "\n" + out.length + "\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(out);
        b.writeBytes((err.length + "\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(err);
        Path tmp = Files.createTempFile(entry.getParent(), "entry", ".tmp");
        Files.write(tmp, b.toByteArray());
        Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static RunResult read(Path entry) {
        try {
            byte[] all = Files.readAllBytes(entry);
            int[] pos = {0};
            int status = Integer.parseInt(line(all, pos));
            int outLen = Integer.parseInt(line(all, pos));
            String out = new String(all, pos[0], outLen, StandardCharsets.UTF_8);
            pos[0] += outLen;
            int errLen = Integer.parseInt(line(all, pos));
            String err = new String(all, pos[0], errLen, StandardCharsets.UTF_8);
            return new RunResult(out, err, status, null);
        } catch (IOException | RuntimeException e) {
            return null; // damaged entry: run again
        }
    }

    private static String line(byte[] b, int[] pos) {
        int start = pos[0];
        while (b[pos[0]] != '\n') {
            pos[0]++;
        }
        String s = new String(b, start, pos[0] - start, StandardCharsets.US_ASCII);
        pos[0]++;
        return s;
    }
}

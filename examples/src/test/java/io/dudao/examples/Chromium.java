package io.dudao.examples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Debian's headless chromium ({@code /usr/bin/chromium}, or {@code $DUDAO_CHROMIUM}) driven from the command
 * line: a page's DOM after its scripts ran, the browser's log (console messages and script errors), and a
 * screenshot. Each run has a fresh profile and no network features.
 */
final class Chromium {

    /** The result of loading a page. */
    record Load(String dom, String log, BufferedImage screenshot) {
    }

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    /** The browser, or {@code null} when it is not installed. */
    static Chromium find() {
        String given = System.getenv("DUDAO_CHROMIUM");
        Path p = Path.of(given != null && !given.isBlank() ? given : "/usr/bin/chromium");
        return Files.isExecutable(p) ? new Chromium(p) : null;
    }

    /** Loads {@code page} twice: once dumping the DOM (with the log), once taking a screenshot of {@code width}×{@code height}. */
    Load load(Path page, Path work, int width, int height) throws IOException, InterruptedException {
        return load(page.toAbsolutePath().toUri().toString(), work, width, height);
    }

    /** Loads the page at {@code url} (a {@code file:} URL, perhaps with a query) as {@link #load(Path, Path, int, int)}. */
    Load load(String url, Path work, int width, int height) throws IOException, InterruptedException {
        Path png = work.resolve("screenshot.png").toAbsolutePath();
        Result dom = run(work, "dom", List.of("--enable-logging=stderr", "--v=0", "--dump-dom",
                url));
        Result shot = run(work, "shot", List.of("--hide-scrollbars", "--screenshot=" + png,
                "--window-size=" + width + "," + height, url));
        if (!Files.exists(png)) {
            throw new IllegalStateException("chromium wrote no screenshot; exit " + shot.exit() + "\n" + shot.err());
        }
        return new Load(dom.out(), dom.err(), ImageIO.read(png.toFile()));
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(Path work, String name, List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile-").toAbsolutePath();
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile));
        cmd.addAll(args);
        Path out = work.resolve(name + ".out");
        Path err = work.resolve(name + ".err");
        Process p = new ProcessBuilder(cmd).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        // not a time limit on the test: a guard against a browser that never exits
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not exit: " + String.join(" ", cmd));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The standard deviation of the luminance of {@code image}'s pixels (0 for a blank page). */
    static double luminanceSpread(BufferedImage image) {
        double sum = 0;
        double sumSq = 0;
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double lum = 0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff);
                sum += lum;
                sumSq += lum * lum;
                n++;
            }
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, sumSq / n - mean * mean));
    }

    /** The share of pixels that are clearly coloured (saturated), e.g. verdict colours and chart bars. */
    static double colouredShare(BufferedImage image) {
        long coloured = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    coloured++;
                }
            }
        }
        return (double) coloured / ((long) image.getWidth() * image.getHeight());
    }
}

package dev.mailroom.app.rbl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Renders a window's scene (headless) into {@code docs/screenshots/<name>.png} at the repository root. */
final class Screenshots {
    private Screenshots() {
    }

    /** Call on the FX thread. */
    static Path write(Scene scene, String name) throws IOException {
        WritableImage image = scene.snapshot(null);
        Path dir = root().resolve("docs").resolve("screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }

    /** The directory holding the parent pom (surefire runs in the module's directory). */
    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("admin-app"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("not inside the Mailroom repository: " + Path.of("").toAbsolutePath());
        }
        return p;
    }
}

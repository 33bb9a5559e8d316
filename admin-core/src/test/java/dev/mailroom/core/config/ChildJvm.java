package dev.mailroom.core.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a main class of the test classpath in a fresh JVM (crash and lock tests need a real second process). */
final class ChildJvm {
    private ChildJvm() {
    }

    static ProcessBuilder builder(Class<?> mainClass, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
    }

    static Process start(Class<?> mainClass, String... args) throws IOException {
        return builder(mainClass, args).start();
    }
}

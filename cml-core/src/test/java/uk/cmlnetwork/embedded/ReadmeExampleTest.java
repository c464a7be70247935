package uk.cmlnetwork.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding example in the README compiles against this jar and does what it says. */
class ReadmeExampleTest {
    @TempDir
    Path work;

    @Test
    void theReadmeExampleCompilesAndRuns() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher example = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(example.find(), "the README has a Java example");
        Path source = work.resolve("AddALibrary.java");
        Files.writeString(source, example.group(1));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-classpath", System.getProperty("java.class.path"),
                "-d", work.toString(), source.toString());
        assertEquals(0, status, "the README example compiles");

        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("AddALibrary").getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {work.resolve("cml-data").toString()});
        } finally {
            System.setOut(console);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        // (test classes run two at a time, so another's log lines can be printed in between)
        assertTrue(output.lines().anyMatch(line -> line.startsWith("Hillside Community Library is in the directory as ")), output);
    }
}

package org.jobclass;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@code ./mvnw spring-boot:test-run} starts the local run only when it is the one main class among the test
 * classes: the plugin refuses to choose between several.
 */
class LocalRunCommandTest {

    @Test
    void theLocalRunIsTheOnlyMainClassOfTheTests() throws IOException, URISyntaxException {
        Path testClasses = Path.of(LocalRunCommandTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        List<String> mainClasses;
        try (Stream<Path> files = Files.walk(testClasses)) {
            mainClasses = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> testClasses.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(LocalRunCommandTest::hasMainMethod)
                    .toList();
        }

        assertThat(mainClasses).containsExactly(TestJobclassApplication.class.getName());
    }

    private static boolean hasMainMethod(String className) {
        try {
            Method main = Class.forName(className, false, LocalRunCommandTest.class.getClassLoader())
                    .getDeclaredMethod("main", String[].class);
            return Modifier.isStatic(main.getModifiers()) && Modifier.isPublic(main.getModifiers());
        } catch (ClassNotFoundException | NoSuchMethodException | LinkageError notAMainClass) {
            return false;
        }
    }
}

package fr.passpro.it.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * No Docker engine runs where Passpro is developed: the files of docker/ cannot be tried there. This plain test (no
 * server) checks that they stay consistent with the non-Docker path (./passpro and the Maven build): same Payara and
 * GreenMail versions, same configuration files, every token and variable of render.sh accounted for.
 */
class DockerConfigurationTest {

    private static final Path ROOT = projectDir();

    /** What the build produces, which the Dockerfile may copy although it is not in the repository. */
    private static final List<String> BUILD_OUTPUT_DIRS = List.of(".payara/", "passpro-ear/target/");

    /** The official image's own init script, which copies the post-boot commands and appends the deployments. */
    private static final String IMAGE_DEPLOY_INIT_SCRIPT = "init_1_generate_deploy_commands.sh";

    private static Path projectDir() {
        String dir = System.getProperty("passpro.projectDir");
        Path root = (dir == null || dir.isBlank() ? Path.of("..") : Path.of(dir)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("passpro"))) {
            throw new IllegalStateException("Not the Passpro repository (set -Dpasspro.projectDir): " + root);
        }
        return root;
    }

    private static String read(String relative) {
        try {
            return Files.readString(ROOT.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- versions

    @Test
    void dockerfileUsesThePayaraVersionOfThePom() {
        String from = dockerfile().stream().filter(i -> i.keyword().equals("FROM")).findFirst()
                .map(Instruction::arguments).orElseThrow(() -> new AssertionError("no FROM in docker/Dockerfile"));
        String image = from.split("\\s+")[0];
        assertThat(image).as("FROM of docker/Dockerfile")
                .isEqualTo("payara/server-full:" + pomProperty("payara.version") + "-jdk17");
    }

    @Test
    void composeUsesTheGreenMailVersionOfThePom() {
        Matcher m = Pattern.compile("(?m)^\\s*image:\\s*[\"']?greenmail/standalone:([^\\s\"']+)").matcher(read("docker/compose.yaml"));
        assertThat(m.find()).as("greenmail/standalone image in docker/compose.yaml").isTrue();
        assertThat(m.group(1)).as("GreenMail tag in docker/compose.yaml").isEqualTo(pomProperty("greenmail.version"));
    }

    // ---------------------------------------------------------------- copied files

    @Test
    void dockerfileCopiesTheConfigurationFilesThatPassproRenders() {
        Set<String> rendered = new TreeSet<>();
        Matcher m = Pattern.compile("\\$CONF/([A-Za-z0-9_.-]+)").matcher(read("passpro"));
        while (m.find()) {
            rendered.add(m.group(1));
        }
        assertThat(rendered).as("files of $CONF used by ./passpro").contains("render.sh");

        String conf = "passpro-server/src/main/payara/";
        Set<String> copied = new TreeSet<>();
        for (Copy copy : copies()) {
            copy.sources().stream().filter(s -> s.startsWith(conf)).forEach(s -> copied.add(s.substring(conf.length())));
        }
        assertThat(copied).as("files of " + conf + " copied by docker/Dockerfile").isEqualTo(rendered);
    }

    @Test
    void everyFileTheDockerfileCopiesExistsOrIsABuildOutput() {
        List<Copy> copies = copies();
        assertThat(copies).as("COPY instructions of docker/Dockerfile").isNotEmpty();
        Set<String> buildOutputs = Set.of(
                ".payara/lib/" + mariadbDriverFileName(),
                "passpro-ear/target/" + earFinalName() + ".ear");
        for (Copy copy : copies) {
            for (String source : copy.sources()) {
                if (BUILD_OUTPUT_DIRS.stream().anyMatch(source::startsWith)) {
                    assertThat(buildOutputs).as("build output copied by docker/Dockerfile: " + source).contains(source);
                } else {
                    assertThat(ROOT.resolve(source)).as("file copied by docker/Dockerfile").exists();
                }
            }
        }
        Set<String> allSources = new TreeSet<>();
        copies.forEach(c -> allSources.addAll(c.sources()));
        assertThat(allSources).as("docker/Dockerfile copies the driver and the EAR").containsAll(buildOutputs);
    }

    @Test
    void passproInitScriptRunsBeforeTheImageGeneratesTheDeployments() {
        Copy init = copies().stream().filter(c -> c.sources().contains("docker/init_passpro.sh")).findFirst()
                .orElseThrow(() -> new AssertionError("docker/Dockerfile does not copy docker/init_passpro.sh"));
        String name = init.destination().substring(init.destination().lastIndexOf('/') + 1);
        assertThat(init.destination()).as("destination of docker/init_passpro.sh").startsWith("${SCRIPT_DIR}/");
        assertThat(name).as("name of the init script in the image").matches("init_.*\\.sh");
        // The entrypoint runs ${SCRIPT_DIR}/init_*.sh in alphabetical order; the resources must be in the post-boot
        // commands before the image's script copies them and appends the deployment.
        assertThat(name.compareTo(IMAGE_DEPLOY_INIT_SCRIPT)).as(name + " sorts before " + IMAGE_DEPLOY_INIT_SCRIPT)
                .isNegative();
    }

    // ---------------------------------------------------------------- render.sh tokens and variables

    @Test
    void everyTokenOfTheConfigurationFilesIsReplacedByRenderSh() {
        Set<String> replaced = new TreeSet<>();
        Matcher r = Pattern.compile("s\\|@([A-Za-z0-9_]+)@\\|").matcher(read("passpro-server/src/main/payara/render.sh"));
        while (r.find()) {
            replaced.add(r.group(1));
        }
        assertThat(replaced).as("tokens replaced by render.sh").isNotEmpty();

        Pattern token = Pattern.compile("@([A-Z][A-Z0-9_]*)@");
        for (String file : List.of("passpro-server/src/main/payara/jvm.asadmin",
                "passpro-server/src/main/payara/resources.asadmin",
                "passpro-server/src/main/sql/create-database.sql",
                "docker/mariadb-init.sh")) {
            Set<String> used = new TreeSet<>();
            // Comment lines only talk about tokens ("@NAME@ tokens are replaced..."): only commands and SQL count.
            String commands = read(file).lines().filter(l -> !l.strip().startsWith("#") && !l.strip().startsWith("--"))
                    .collect(Collectors.joining("\n"));
            Matcher m = token.matcher(commands);
            while (m.find()) {
                used.add(m.group(1));
            }
            assertThat(used).as("@TOKEN@ of " + file).isNotEmpty();
            assertThat(replaced).as("tokens replaced by render.sh, used by " + file).containsAll(used);
        }
    }

    @Test
    void everyVariableReadByRenderShIsSetByComposeOrHasADefault() {
        String render = read("passpro-server/src/main/payara/render.sh");
        Set<String> read = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{!?(PASSPRO_[A-Z0-9_]+)").matcher(render);
        while (m.find()) {
            read.add(m.group(1));
        }
        Matcher loop = Pattern.compile("(?m)^\\s*for\\s+\\w+\\s+in\\s+([^;]+);").matcher(render);
        while (loop.find()) {
            for (String word : loop.group(1).trim().split("\\s+")) {
                if (word.startsWith("PASSPRO_")) {
                    read.add(word);
                }
            }
        }
        assertThat(read).as("PASSPRO_* variables read by render.sh").isNotEmpty();

        Set<String> defaulted = new TreeSet<>();
        Matcher d = Pattern.compile("\\$\\{(PASSPRO_[A-Z0-9_]+):?=").matcher(render);
        while (d.find()) {
            defaulted.add(d.group(1));
        }

        Map<String, Map<String, String>> env = composeEnvironments(read("docker/compose.yaml"));
        assertThat(env).as("services of docker/compose.yaml").containsKeys("passpro", "mariadb", "smtp");
        Set<String> provided = new TreeSet<>(defaulted);
        provided.addAll(env.get("passpro").keySet());
        provided.addAll(env.get("mariadb").keySet());
        assertThat(provided).as("variables set by compose.yaml (passpro, mariadb) or defaulted by render.sh")
                .containsAll(read);

        // The user created by mariadb-init.sh is the one the application connects with.
        for (String v : List.of("PASSPRO_DB_NAME", "PASSPRO_DB_USER", "PASSPRO_DB_PASSWORD")) {
            assertThat(env.get("mariadb").get(v)).as(v + " of the mariadb service")
                    .isNotNull().isEqualTo(env.get("passpro").get(v));
        }
        assertThat(env.get("passpro").get("PASSPRO_DB_HOST")).as("PASSPRO_DB_HOST of the passpro service").isEqualTo("mariadb");
        assertThat(env.get("passpro").get("PASSPRO_SMTP_HOST")).as("PASSPRO_SMTP_HOST of the passpro service").isEqualTo("smtp");
        assertThat(env.get("passpro")).as("environment of the passpro service").doesNotContainKey("PASSPRO_DEMO");
    }

    // ---------------------------------------------------------------- Dockerfile

    record Instruction(String keyword, String arguments) {
    }

    record Copy(List<String> sources, String destination) {
    }

    /** Instructions of docker/Dockerfile, comments dropped and continuation lines joined. */
    private static List<Instruction> dockerfile() {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : read("docker/Dockerfile").split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String text = current.toString().trim();
            current.setLength(0);
            if (!text.isEmpty()) {
                String[] parts = text.split("\\s+", 2);
                instructions.add(new Instruction(parts[0].toUpperCase(), parts.length > 1 ? parts[1] : ""));
            }
        }
        return instructions;
    }

    /** COPY instructions of docker/Dockerfile from the build context (not --from another stage). */
    private static List<Copy> copies() {
        List<Copy> copies = new ArrayList<>();
        for (Instruction i : dockerfile()) {
            if (!i.keyword().equals("COPY") && !i.keyword().equals("ADD")) {
                continue;
            }
            List<String> words = new ArrayList<>(List.of(i.arguments().trim().split("\\s+")));
            if (words.stream().anyMatch(w -> w.startsWith("--from"))) {
                continue;
            }
            words.removeIf(w -> w.startsWith("--"));
            assertThat(words).as("arguments of " + i.keyword() + " " + i.arguments()).hasSizeGreaterThanOrEqualTo(2);
            copies.add(new Copy(List.copyOf(words.subList(0, words.size() - 1)), words.get(words.size() - 1)));
        }
        return copies;
    }

    // ---------------------------------------------------------------- Maven

    private static String pomProperty(String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">\\s*([^<\\s]+)\\s*</" + Pattern.quote(name) + ">")
                .matcher(read("pom.xml"));
        assertThat(m.find()).as("<" + name + "> in pom.xml").isTrue();
        return m.group(1);
    }

    /** destFileName of the MariaDB driver that passpro-server copies into ${payara.root}/lib. */
    private static String mariadbDriverFileName() {
        Document pom = parse("passpro-server/pom.xml");
        NodeList items = pom.getElementsByTagName("artifactItem");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            if ("mariadb-java-client".equals(childText(item, "artifactId"))) {
                Element execution = ancestor(item, "configuration");
                assertThat(childText(execution, "outputDirectory")).as("where passpro-server copies the driver")
                        .isEqualTo("${payara.root}/lib");
                assertThat(pomProperty("payara.root")).as("payara.root").endsWith("/.payara");
                String name = childText(item, "destFileName");
                assertThat(name).as("destFileName of mariadb-java-client in passpro-server/pom.xml").isNotBlank();
                return name;
            }
        }
        throw new AssertionError("passpro-server/pom.xml copies no mariadb-java-client");
    }

    private static String earFinalName() {
        Document pom = parse("passpro-ear/pom.xml");
        Element build = child(pom.getDocumentElement(), "build");
        String finalName = build == null ? null : childText(build, "finalName");
        assertThat(finalName).as("finalName of passpro-ear/pom.xml").isNotBlank();
        return finalName;
    }

    private static Document parse(String relative) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(ROOT.resolve(relative).toFile());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + relative, e);
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String childText(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().trim();
    }

    private static Element ancestor(Element element, String name) {
        for (Node n = element.getParentNode(); n != null; n = n.getParentNode()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no <" + name + "> around <" + element.getTagName() + ">");
    }

    // ---------------------------------------------------------------- compose.yaml

    /**
     * The environment mapping of each service of a compose file written in block style (2-space indentation,
     * {@code KEY: value} entries; commented lines ignored). Enough for docker/compose.yaml without a YAML library.
     */
    static Map<String, Map<String, String>> composeEnvironments(String yaml) {
        Map<String, Map<String, String>> services = new LinkedHashMap<>();
        boolean inServices = false;
        String service = null;
        int envIndent = -1;
        for (String line : yaml.split("\\R")) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int indent = line.indexOf(content.charAt(0));
            if (indent == 0) {
                inServices = content.equals("services:");
                service = null;
                envIndent = -1;
            } else if (inServices && indent == 2 && content.endsWith(":")) {
                service = content.substring(0, content.length() - 1);
                services.put(service, new LinkedHashMap<>());
                envIndent = -1;
            } else if (service != null && indent == 4) {
                envIndent = content.equals("environment:") ? indent : -1;
            } else if (service != null && envIndent >= 0 && indent > envIndent) {
                int colon = content.indexOf(':');
                if (colon > 0) {
                    String value = content.substring(colon + 1).trim();
                    if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                            || value.startsWith("'") && value.endsWith("'"))) {
                        value = value.substring(1, value.length() - 1);
                    }
                    services.get(service).put(content.substring(0, colon).trim(), value);
                }
            }
        }
        return services;
    }
}

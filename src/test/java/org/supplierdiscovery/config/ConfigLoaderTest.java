package org.supplierdiscovery.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.catalogue.Dimension;

class ConfigLoaderTest {
  @TempDir
  Path dir;

  private Path copyConfig() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("index-config"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    return dir;
  }

  private void edit(String file, String from, String to) throws IOException {
    Path p = dir.resolve(file);
    String text = Files.readString(p);
    assertTrue(text.contains(from), from);
    Files.writeString(p, text.replace(from, to));
  }

  private String failure() {
    return assertThrows(ConfigException.class, () -> new ConfigLoader().load(dir)).getMessage();
  }

  @Test
  void loadsTheProjectConfiguration() {
    IndexConfig config = new ConfigLoader().load(Path.of("index-config"));
    assertEquals(8, config.taxonomy().values(Dimension.TECHNOLOGY_AREA).size());
    assertEquals(4,
        config.taxonomy().framework("Online Consultation and Video Consultation DPS").orElseThrow().lots().size());
    assertTrue(config.synonymGroups().size() > 50);
  }

  @Test
  void badNumberNamesFileAndKey() throws IOException {
    copyConfig();
    edit("ranking.json", "\"termWeight\": 2.0", "\"termWeight\": -1");
    String message = failure();
    assertTrue(message.contains("ranking.json: concepts.termWeight: must be a positive number"), message);
  }

  @Test
  void aBadMeaningSettingNamesSemanticJsonAndTheKey() throws IOException {
    copyConfig();
    edit("semantic.json", "\"supplierText\": [\"name\"", "\"supplierText\": [\"logo\"");
    String message = failure();
    assertEquals(dir.resolve("semantic.json") + ": supplierText: unknown text 'logo'; one of "
        + SemanticSettings.TEXTS, message);
  }

  @Test
  void aSimilarityOfOneOrMoreIsRefused() throws IOException {
    copyConfig();
    String text = Files.readString(dir.resolve("semantic.json"));
    Files.writeString(dir.resolve("semantic.json"),
        text.replaceFirst("(\"neighbours\": \\{[^}]*\"minSimilarity\": )[0-9.]+", "$11.5"));
    String message = failure();
    assertEquals(dir.resolve("semantic.json") + ": neighbours.minSimilarity: must be at least 0 and below 1, was 1.5",
        message);
  }

  @Test
  void unknownKeyNamesFileAndKey() throws IOException {
    copyConfig();
    edit("ranking.json", "\"fieldTieBreaker\"", "\"fieldTieBraker\": 0.1, \"fieldTieBreaker\"");
    String message = failure();
    assertTrue(message.contains("ranking.json") && message.contains("fieldTieBraker"), message);
  }

  @Test
  void boostForUnknownFieldIsRefused() throws IOException {
    copyConfig();
    edit("ranking.json", "\"name\": 3.0", "\"nmae\": 3.0");
    assertTrue(failure().contains("ranking.json: fields.nmae: unknown field"), failure());
  }

  @Test
  void duplicateLotNamesAreRefused() throws IOException {
    copyConfig();
    edit("taxonomy.json", "\"Lot 3 - Cloud support\"", "\"Lot 4 - Video consultation\"");
    assertTrue(failure().contains("taxonomy.json: frameworks.lots: duplicate values [Lot 4 - Video consultation]"),
        failure());
  }

  @Test
  void theLotsAllocatedAtRandomAreTheOnlineAndVideoConsultationLots() {
    Taxonomy taxonomy = new ConfigLoader().load(Path.of("index-config")).taxonomy();
    String dps = "Online Consultation and Video Consultation DPS";
    assertEquals(Map.of(dps, List.of("Lot 1 - Digital triage", "Lot 2 - Digital triage", "Lot 3 - Digital triage",
        "Lot 4 - Video consultation")), taxonomy.allocatedAtRandom());
    assertTrue(taxonomy.allocatedAtRandom(dps, "Lot 4 - Video consultation"));
    assertFalse(taxonomy.allocatedAtRandom("G-Cloud 14", "Lot 1 - Cloud hosting"));
  }

  @Test
  void aLotMarkedAsAllocatedAtRandomMustBeALotOfItsFramework() throws IOException {
    copyConfig();
    edit("taxonomy.json", "\"Lot 3 - Digital triage\",\n      \"Lot 4", "\"Lot 3 - Cloud support\",\n      \"Lot 4");
    assertTrue(failure().endsWith("taxonomy.json: allocatedAtRandom.Online Consultation and Video Consultation DPS:"
        + " 'Lot 3 - Cloud support' is not a lot of Online Consultation and Video Consultation DPS"), failure());
    edit("taxonomy.json", "\"allocatedAtRandom\": {\n    \"Online", "\"allocatedAtRandom\": {\n    \"Offline");
    assertTrue(failure().endsWith("taxonomy.json: allocatedAtRandom.Offline Consultation and Video Consultation DPS:"
        + " no such framework in frameworks"), failure());
  }

  @Test
  void unknownTokenFilterNamesTheAnalyzer() throws IOException {
    copyConfig();
    edit("analyzers.json", "{ \"name\": \"porterStem\" }\n    ]\n  },\n  \"query\"",
        "{ \"name\": \"porterStemm\" }\n    ]\n  },\n  \"query\"");
    assertTrue(failure().contains("analyzers.json: index: "), failure());
  }

  @Test
  void missingSynonymsFileIsNamed() throws IOException {
    copyConfig();
    Files.delete(dir.resolve("synonyms.txt"));
    assertTrue(failure().contains("synonyms.txt"), failure());
  }

  @Test
  void missingDirectoryIsNamed() {
    assertEquals(
        dir.resolve("nope") + ": configuration directory not found",
        assertThrows(ConfigException.class, () -> new ConfigLoader().load(dir.resolve("nope"))).getMessage());
  }

  @Test
  void aBrokenSynonymLineNamesSynonymsTxtAndTheLine() throws IOException {
    copyConfig();
    edit("synonyms.txt", "remote monitoring, remote patient monitoring,",
        "remote monitoring => , , remote patient monitoring,");
    String message = failure();
    assertEquals(dir.resolve("synonyms.txt") + " line 6: a synonym is empty or only words the analyzer drops"
        + " (punctuation, stop words): 'remote monitoring => , , remote patient monitoring, rpm, remote monitoring"
        + " platform, home monitoring, telemonitoring, remote patient management'", message);
  }

  @Test
  void twoArrowsOnASynonymLineAreNamedInTheEditorsWords() throws IOException {
    copyConfig();
    edit("synonyms.txt", "remote monitoring, remote patient monitoring,",
        "remote monitoring => rpm => remote patient monitoring,");
    String message = failure();
    assertTrue(message.startsWith(dir.resolve("synonyms.txt") + " line 6: more than one '=>' on the line; write one"
        + " rule per line: 'remote monitoring => rpm => remote patient monitoring,"), message);
  }

  @Test
  void listingReasonsAreLoadedInTheFilesOrder() {
    IndexConfig config = new ConfigLoader().load(Path.of("index-config"));
    assertEquals(
        java.util.List.of("annual-review", "interoperability", "data-handling", "performance", "unpaid-fee",
            "withdrawn", "framework-expired"),
        config.taxonomy().listingReasons().codes());
    assertEquals("Unpaid fee", config.taxonomy().listingReasons().find("unpaid-fee").orElseThrow().label());
  }

  @Test
  void aBadListingReasonNamesTheFileAndField() throws IOException {
    copyConfig();
    edit("listing-reasons.json", "\"code\": \"unpaid-fee\"", "\"code\": \"Unpaid Fee\"");
    String message = failure();
    assertTrue(message.endsWith("listing-reasons.json: reasons[4].code: 'Unpaid Fee' must be 1-40 lower-case "
        + "letters, digits or '-', starting with a letter"), message);
  }

  @Test
  void aListingReasonWithoutALabelNamesTheFileAndField() throws IOException {
    copyConfig();
    edit("listing-reasons.json", "\"label\": \"Withdrawn\",", "");
    String message = failure();
    assertTrue(message.contains("listing-reasons.json: reasons.[5]"), message);
    assertTrue(message.contains("label"), message);
  }

  @Test
  void listingReasonsMustHoldFrameworkExpiredAndNoCodeTwice() throws IOException {
    copyConfig();
    edit("listing-reasons.json", "\"code\": \"framework-expired\"", "\"code\": \"ended\"");
    assertTrue(failure().endsWith("listing-reasons.json: reasons: must hold 'framework-expired', which an expired "
        + "listing without a reason reads as"), failure());
    edit("listing-reasons.json", "\"code\": \"ended\"", "\"code\": \"withdrawn\"");
    assertTrue(failure().endsWith("listing-reasons.json: reasons: duplicate codes [withdrawn]"), failure());
  }
}

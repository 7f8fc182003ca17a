package org.supplierdiscovery.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ReplicaOptionsTest {
  private final ReplicaOptions.DurationConverter durations = new ReplicaOptions.DurationConverter();

  @Test
  void durationsAreAWholeNumberAndAUnit() {
    assertEquals(Duration.ofSeconds(1), durations.convert("1s"));
    assertEquals(Duration.ofMillis(250), durations.convert("250ms"));
    assertEquals(Duration.ofMinutes(2), durations.convert("2m"));
    for (String bad : List.of("0s", "1", "1.5s", "-1s", "PT1S", "s", "1h")) {
      assertThrows(TypeConversionException.class, () -> durations.convert(bad), bad);
    }
  }
}

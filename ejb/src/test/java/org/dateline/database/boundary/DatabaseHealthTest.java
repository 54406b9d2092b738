package org.dateline.database.boundary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseHealthTest {

    @Test
    void versionsCompareAsNumbersPartByPart() {
        assertThat(DatabaseHealth.compare("81", "9")).isPositive();
        assertThat(DatabaseHealth.compare("9", "81")).isNegative();
        assertThat(DatabaseHealth.compare("1.10", "1.9")).isPositive();
        assertThat(DatabaseHealth.compare("83", "83")).isZero();
        assertThat(DatabaseHealth.compare("83.0", "83")).isZero();
    }

    @Test
    void aDatabaseThatDoesNotAnswerOrHadAFailedMigrationIsNotHealthy() {
        assertThat(DatabaseHealth.Report.unreachable("refused").healthy()).isFalse();
        assertThat(new DatabaseHealth.Report(true, "83", true, null).healthy()).isFalse();
    }
}

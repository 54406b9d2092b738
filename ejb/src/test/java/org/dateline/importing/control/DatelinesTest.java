package org.dateline.importing.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DatelinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Geneva - The impact of COVID-19.|Geneva|The impact of COVID-19.",
            "Geneva — Migrant workers can be vulnerable.|Geneva|Migrant workers can be vulnerable.",
            "Ciudad Juárez – In this Mexican city.|Ciudad Juárez|In this Mexican city.",
            "Washington, DC – The Inter-American Development Bank.|Washington, DC|The Inter-American Development Bank.",
            "Roseau, 28 February 2021 – Environmental migration.|Roseau|Environmental migration.",
            "September 14, Georgetown - The International Organization.|Georgetown|The International Organization.",
            "Georgetown, Guyana, 13 August 2020 - More research.|Georgetown, Guyana|More research.",
            "PORT-OF-SPAIN, TRINIDAD: The International Organization.|Port-of-Spain, Trinidad|The International Organization.",
    })
    void placeIsSplitOffTheFirstParagraph(String paragraph, String place, String rest) {
        Datelines.Split split = Datelines.split(paragraph);
        assertThat(split.place()).isEqualTo(place);
        assertThat(split.rest()).isEqualTo(rest);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Since the start of the rapid spread of the novel corona virus - approximately 92% of countries.",
            "In 2021, the number of people seeking refuge in Mexico has increased – exponentially.",
            "“Many of these employers provide essential care – Vitorino said.",
            "Note: this is a sentence.",
            "The study “Labor Market Information Systems” was conducted.",
    })
    void sentencesAreNotDatelines(String paragraph) {
        assertThat(Datelines.split(paragraph).place()).isNull();
        assertThat(Datelines.split(paragraph).rest()).isEqualTo(paragraph);
    }
}

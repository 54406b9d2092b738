package org.dateline.importing.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DatelinesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "Geneva - The impact of COVID-19.|Geneva|The impact of COVID-19.",
            "Geneva — Migrant workers can be vulnerable.|Geneva|Migrant workers can be vulnerable.",
            "Ciudad Juárez – In this Mexican city.|Ciudad Juárez|In this Mexican city.",
            "San José - The COVID-19 emergency.|San José|The COVID-19 emergency.",
            "Washington DC – The Government.|Washington DC|The Government.",
            "Washington, DC – The Inter-American Development Bank.|Washington, DC|The Inter-American Development Bank.",
            "Washington –The International Organization.|Washington|The International Organization.",
            "Roseau, 28 February 2021 – Environmental migration.|Roseau|Environmental migration.",
            "September 14, Georgetown - The International Organization.|Georgetown|The International Organization.",
            "August 27, Georgetown - The trainings.|Georgetown|The trainings.",
            "Georgetown, Guyana, 13 August 2020 - More research.|Georgetown, Guyana|More research.",
            "PORT-OF-SPAIN, TRINIDAD: The International Organization.|Port-of-Spain, Trinidad|The International Organization.",
            "Santo Domingo. The International Organization.|Santo Domingo|The International Organization.",
            "Ciudad de México – La OIM.|Ciudad de México|La OIM.",
            "San José, 14 de septiembre de 2020 – La OIM.|San José|La OIM.",
            "Saint Vincent and the Grenadines – The volcano.|Saint Vincent and the Grenadines|The volcano.",
            "Washington, D.C. – The agency.|Washington, D.C.|The agency.",
            "Geneva—The agency said.|Geneva|The agency said.",
            "WASHINGTON, DC: The agency.|Washington, DC|The agency.",
            "SAN JOSÉ: La OIM.|San José|La OIM.",
    })
    void placeIsSplitOffTheFirstParagraph(String paragraph, String place, String rest) {
        Datelines.Split split = Datelines.split(paragraph);
        assertThat(split.place()).isEqualTo(place);
        assertThat(split.rest()).isEqualTo(rest);
    }

    @Test
    void noBreakSpacesAroundTheDashAreSpaces() {
        Datelines.Split split = Datelines.split("Washington,\u00A0DC\u00A0–\u00A0The Inter-American Development Bank.");
        assertThat(split.place()).isEqualTo("Washington, DC");
        assertThat(split.rest()).isEqualTo("The Inter-American Development Bank.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Since the start of the rapid spread of the novel corona virus - approximately 92% of countries.",
            "In 2021, the number of people seeking refuge in Mexico has increased – exponentially.",
            "“Many of these employers provide essential care – Vitorino said.",
            "\"Employers of the World: Leaders of the Future\" is the name of a new campaign.",
            "Art in all its various forms has always captured ‘Artworks for Freedom: Stop Human Trafficking’.",
            "Note: this is a sentence.",
            "NOTE: this is a sentence.",
            "Geneva: the colon form is only for capitals.",
            "IOM – The agency said.",
            "Joint Statement – The agencies said.",
            "Today (8 June) the International Organization for Migration is publishing new guidance.",
            "57% of those who intend to migrate decided to postpone - or cancel.",
            "The study “Labor Market Information Systems” was conducted.",
            "IOM Jamaica. The office said.",
            "Yes. The office said.",
            "Many people think first of remittance flows —the billions of dollars.",
            "Geneva –",
            "",
    })
    void sentencesAreNotDatelines(String paragraph) {
        Datelines.Split split = Datelines.split(paragraph);
        assertThat(split.place()).isNull();
        assertThat(split.rest()).isSameAs(paragraph);
    }

    @Test
    void aPlaceIsAtMostSixWords() {
        assertThat(Datelines.split("Cox's Bazar Refugee Camp Number Four East – Text.").place()).isNull();
        assertThat(Datelines.split("Cox's Bazar – Text.").place()).isEqualTo("Cox's Bazar");
    }

    @Test
    void onlyTheFirstDashCanEndAPlace() {
        Datelines.Split split = Datelines.split("Geneva – The agency – founded in 1951 – said.");
        assertThat(split.place()).isEqualTo("Geneva");
        assertThat(split.rest()).isEqualTo("The agency – founded in 1951 – said.");
    }
}

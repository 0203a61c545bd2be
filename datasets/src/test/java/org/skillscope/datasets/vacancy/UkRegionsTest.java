package org.skillscope.datasets.vacancy;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UkRegionsTest {
    private static String region(String... locations) {
        return UkRegions.of(Arrays.asList(locations));
    }

    @Test
    void recognisesRegionNamesCountiesAndCities() {
        assertEquals("South East", region("Dorking, Surrey, Surrey", "Dorking"));
        assertEquals("Scotland", region("Aberdeen, UK", "Aberdeen"));
        assertEquals("East Midlands", region("Derby Derbyshire East Midlands", "Derby"));
        assertEquals("North East", region("Tyne Wear, North East", "UK"));
        assertEquals("Yorkshire and The Humber", region("North Yorkshire Yorkshire", "UK"));
        assertEquals("Northern Ireland", region("Belfast", "Belfast"));
    }

    @Test
    void londonWinsOverTheSouthEastTagAndWordsMustMatchWhole() {
        assertEquals("London", region("West London London South East", "London"));
        assertEquals("West Midlands", region("Solihull", "Solihull")); // not "Hull"
        assertEquals("Northern Ireland", region("Londonderry", "UK")); // not "London"
    }

    @Test
    void fallsBackToTheNextLocationAndGivesNullWhenNothingIsKnown() {
        assertEquals("North West", region("Somewhere", "Manchester"));
        assertNull(region("UK", "UK"));
        assertNull(region(null, ""));
    }
}

package org.skillscope.datasets.vacancy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the UK NUTS 1 region (the 12 regions and nations) in free-text locations such as
 * Adzuna's "Dorking, Surrey, Surrey" or "Derby Derbyshire East Midlands". One granularity for every
 * ad keeps regional counts comparable; places not in the table give no region rather than a guess.
 */
final class UkRegions {
    static final String NORTH_EAST = "North East";
    static final String NORTH_WEST = "North West";
    static final String YORKSHIRE = "Yorkshire and The Humber";
    static final String EAST_MIDLANDS = "East Midlands";
    static final String WEST_MIDLANDS = "West Midlands";
    static final String EAST = "East of England";
    static final String LONDON = "London";
    static final String SOUTH_EAST = "South East";
    static final String SOUTH_WEST = "South West";
    static final String WALES = "Wales";
    static final String SCOTLAND = "Scotland";
    static final String NORTHERN_IRELAND = "Northern Ireland";

    /** Tried in order: London first (Adzuna often tags London ads "South East" too), then region names, then places. */
    private static final List<Map.Entry<Pattern, String>> RULES = rules();

    private UkRegions() {}

    /** The NUTS 1 region named or implied by the first location that has one, else null. */
    static String of(List<String> locations) {
        for (String location : locations) {
            if (location == null || location.isBlank()) continue;
            for (Map.Entry<Pattern, String> rule : RULES) {
                Matcher m = rule.getKey().matcher(location);
                if (m.find()) return rule.getValue();
            }
        }
        return null;
    }

    private static List<Map.Entry<Pattern, String>> rules() {
        Map<String, String> words = new LinkedHashMap<>();
        put(words, LONDON, "London", "The City", "Croydon", "Westminster", "Camden", "Islington", "Hackney", "Ealing",
                "Harrow", "Uxbridge", "Romford", "Ilford", "Wimbledon", "Hammersmith", "Canary Wharf", "Middlesex",
                "Enfield", "Barnet", "Bromley", "Hounslow", "Heathrow");
        put(words, NORTHERN_IRELAND, "Northern Ireland", "Belfast", "Antrim", "Londonderry", "Derry", "Armagh",
                "Tyrone", "Fermanagh", "Newry", "Lisburn");
        put(words, SCOTLAND, "Scotland", "Glasgow", "Edinburgh", "Aberdeen", "Aberdeenshire", "Dundee", "Inverness",
                "Lanarkshire", "Fife", "Ayrshire", "Borders", "Lothian", "Stirling", "Perth", "Highlands", "Paisley");
        put(words, WALES, "Wales", "Cardiff", "Swansea", "Wrexham", "Gwent", "Glamorgan", "Gwynedd", "Powys",
                "Carmarthenshire", "Pembrokeshire", "Bridgend");
        put(words, NORTH_EAST, "North East", "Newcastle", "Newcastle Upon Tyne", "Gateshead", "Sunderland",
                "Middlesbrough", "Durham", "Tyne", "Tyne and Wear", "Teesside", "Northumberland", "Darlington",
                "Stockton", "Hartlepool");
        put(words, NORTH_WEST, "North West", "Manchester", "Greater Manchester", "Liverpool", "Lancashire", "Cheshire",
                "Merseyside", "Cumbria", "Bolton", "Preston", "Warrington", "Stockport", "Wigan", "Blackburn",
                "Blackpool", "Oldham", "Salford", "Chester", "Carlisle", "Lancaster", "Crewe", "Burnley");
        put(words, YORKSHIRE, "Yorkshire", "Humber", "Leeds", "Bradford", "Sheffield", "Huddersfield", "York", "Hull",
                "Wakefield", "Halifax", "Doncaster", "Rotherham", "Barnsley", "Harrogate", "Scunthorpe", "Grimsby");
        put(words, EAST_MIDLANDS, "East Midlands", "Nottingham", "Nottinghamshire", "Derby", "Derbyshire", "Leicester",
                "Leicestershire", "Lincoln", "Lincolnshire", "Northampton", "Northamptonshire", "Mansfield",
                "Chesterfield", "Loughborough", "Kettering", "Rutland");
        put(words, WEST_MIDLANDS, "West Midlands", "Birmingham", "Coventry", "Wolverhampton", "Stoke", "Stoke-On-Trent",
                "Staffordshire", "Warwickshire", "Worcestershire", "Worcester", "Shropshire", "Herefordshire",
                "Hereford", "Telford", "Walsall", "Dudley", "Solihull", "Redditch", "Stafford", "Shrewsbury");
        put(words, EAST, "East of England", "East Anglia", "Hertfordshire", "Essex", "Cambridgeshire", "Cambridge",
                "Norfolk", "Suffolk", "Bedfordshire", "Bedford", "Luton", "Peterborough", "Norwich", "Ipswich",
                "Chelmsford", "Colchester", "Watford", "Stevenage", "St Albans", "Welwyn Garden City", "Southend");
        put(words, SOUTH_EAST, "South East", "Surrey", "Kent", "Hampshire", "Berkshire", "Buckinghamshire",
                "Oxfordshire", "Oxford", "Sussex", "East Sussex", "West Sussex", "Brighton", "Reading", "Milton Keynes",
                "Southampton", "Portsmouth", "Slough", "Guildford", "Maidstone", "Canterbury", "Crawley", "Woking",
                "Basingstoke", "High Wycombe", "Aylesbury", "Dorking", "Isle of Wight", "Ashford", "Tunbridge Wells");
        put(words, SOUTH_WEST, "South West", "Bristol", "Avon", "Bath", "Devon", "Cornwall", "Somerset", "Dorset",
                "Gloucestershire", "Gloucester", "Cheltenham", "Wiltshire", "Plymouth", "Exeter", "Swindon",
                "Bournemouth", "Poole", "Taunton", "Salisbury", "Torquay", "Truro");
        return words.entrySet().stream()
                .map(e -> Map.entry(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), e.getValue()))
                .toList();
    }

    private static void put(Map<String, String> words, String region, String... places) {
        for (String place : places) words.putIfAbsent(place, region);
    }
}

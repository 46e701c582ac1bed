package uk.gov.ects.desk.service.demo;

import java.util.List;

/** Word lists for believable, invented English people, places and schools. */
final class DemoNames {

    private DemoNames() {
    }

    static final List<String> FIRST_NAMES = List.of(
            "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia",
            "Grace", "Freya", "Willow", "Florence", "Emily", "Ella", "Poppy", "Evie", "Elsie", "Charlotte",
            "Evelyn", "Sienna", "Sofia", "Daisy", "Phoebe", "Sophie", "Alice", "Harper", "Matilda", "Ruby",
            "Emilia", "Maya", "Millie", "Isabelle", "Eva", "Ada", "Hannah", "Jessica", "Chloe", "Lucy",
            "Holly", "Megan", "Laura", "Rebecca", "Sarah", "Rachel", "Katie", "Emma", "Hayley", "Natalie",
            "Claire", "Joanne", "Nicola", "Helen", "Louise", "Kirsty", "Gemma", "Zara", "Aisha", "Fatima",
            "Priya", "Anika", "Simran", "Noor", "Leah", "Niamh", "Siobhan", "Bethan", "Carys", "Eleanor",
            "Harriet", "Imogen", "Jasmine", "Kate", "Lauren", "Molly", "Naomi", "Rhiannon", "Tara", "Yasmin",
            "Noah", "Oliver", "George", "Arthur", "Muhammad", "Leo", "Harry", "Oscar", "Archie", "Henry",
            "Theodore", "Freddie", "Jack", "Charlie", "Theo", "Alfie", "Jacob", "Thomas", "Finley", "Arlo",
            "William", "Lucas", "Roman", "Tommy", "Isaac", "Teddy", "Alexander", "Luca", "Edward", "James",
            "Joshua", "Albie", "Elijah", "Max", "Mohammed", "Reggie", "Daniel", "Samuel", "Joseph", "Benjamin",
            "Matthew", "Ryan", "Liam", "Adam", "Ben", "Callum", "Connor", "Dylan", "Ethan", "Jamie",
            "Kieran", "Lewis", "Nathan", "Owen", "Rhys", "Scott", "Tom", "Aaron", "Ashley", "Craig",
            "Darren", "Gareth", "Ian", "Jonathan", "Kevin", "Mark", "Neil", "Paul", "Richard", "Stephen",
            "Ali", "Hamza", "Yusuf", "Arjun", "Rohan", "Vikram", "Kwame", "Tunde", "Kofi", "Ciaran");

    static final List<String> LAST_NAMES = List.of(
            "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
            "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
            "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes", "Moore", "Clark",
            "King", "Harrison", "Lewis", "Baker", "Lee", "Allen", "Morris", "Khan", "Scott", "Watson",
            "Davis", "Parker", "James", "Bennett", "Young", "Phillips", "Richardson", "Mitchell", "Bailey", "Carter",
            "Cook", "Singh", "Shaw", "Bell", "Collins", "Morgan", "Kelly", "Begum", "Miller", "Cox",
            "Hussain", "Marshall", "Simpson", "Price", "Anderson", "Adams", "Wilkinson", "Ali", "Ahmed", "Foster",
            "Ellis", "Murphy", "Chapman", "Mason", "Gray", "Richards", "Webb", "Griffiths", "Hunt", "Palmer",
            "Campbell", "Holmes", "Mills", "Rogers", "Barnes", "Knight", "Matthews", "Barker", "Powell", "Stevens",
            "Kaur", "Fisher", "Butler", "Dixon", "Russell", "Harvey", "Pearson", "Graham", "Fletcher", "Howard",
            "Patel", "Shah", "Mistry", "Chauhan", "Okafor", "Adeyemi", "Mensah", "Owusu", "Nowak", "Kowalski",
            "Byrne", "Doyle", "Gallagher", "Quinn", "Fraser", "Hamilton", "Reid", "Stewart", "Sutherland", "Lloyd",
            "Pritchard", "Vaughan", "Rees", "Jenkins", "Bevan", "Ashworth", "Brennan", "Carr", "Dawson", "Farrell",
            "Gibson", "Hodgson", "Lambert", "Nash", "Osborne", "Pickering", "Rowe", "Sharpe", "Thornton", "Whitehead",
            "Atkinson", "Booth", "Chambers", "Dunn", "Fox", "Hartley", "Lowe", "Newman", "Payne", "Sheppard");

    static final List<String> PLACE_STARTS = List.of(
            "Oak", "Ash", "Birch", "Elm", "Holly", "Thorn", "Willow", "Beech", "Bramble", "Hazel",
            "Rose", "Fox", "Hart", "Kings", "Queens", "Mill", "Church", "North", "South", "East",
            "West", "Brook", "Park", "Green", "Stone", "Lark", "Wood", "High", "Broad", "Marsh",
            "Cherry", "Alder", "Heath", "Long", "Fair", "Red", "White", "Black", "Bright", "Summer");

    static final List<String> PLACE_ENDS = List.of(
            "field", "bury", "wood", "lands", "mead", "gate", "hill", "dale", "ley", "ton",
            "brook", "side", "croft", "well", "moor", "ford", "bridge", "hurst", "combe", "holme");

    static final List<String> SAINTS = List.of(
            "St Mary's", "St John's", "St Peter's", "St Paul's", "St Andrew's", "St Michael's", "St George's",
            "St Anne's", "St Joseph's", "St Margaret's", "St Luke's", "St Mark's", "Holy Trinity", "Christ Church",
            "St Thomas'", "St Bede's", "St Augustine's", "All Saints", "St Chad's", "St Oswald's");

    static final List<String> HUB_AREAS = List.of(
            "Pennine", "Severn Vale", "Thames Valley", "Ouse Valley", "Cotswold", "Chiltern", "Fenland", "Wolds",
            "Peak", "Tyne and Wear", "Mersey", "Solent", "Wessex", "Mendip", "Weald", "Broadland", "Humber",
            "Dales", "Tees Valley", "Trent", "Avon", "Exe", "Tamar", "Medway", "Stour", "Eden Valley", "Wirral",
            "Forest", "Marches", "Chase", "Downs", "Lakes", "Moorland", "Coastal", "Heartlands", "Riverside",
            "Northern Lights", "Three Rivers", "Red Kite", "Kingfisher", "Heron", "Lighthouse", "Beacon",
            "Meridian", "Compass", "Keystone", "Harbour", "Horizon", "Summit", "Oakwood");
}

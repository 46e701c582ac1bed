package uk.gov.ects.desk.launcher;

public final class Main {
    public static void main(String[] args) {
    }
}

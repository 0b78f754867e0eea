"""Quote components: quotation marks, cues, speakers, pronouns and reported speech."""

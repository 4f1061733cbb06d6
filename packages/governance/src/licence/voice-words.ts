/**
 * "self": the reasons speak to the person reading their own licence ("Your plan … so you cannot create one").
 * "other": they speak about the person an administrator checks ("Their plan … so they cannot create one"), next to
 * that person's name in a row, so an administrator is never told "you" about someone else.
 */
export type EligibilityVoice = "self" | "other";

export type VoiceWords = { Your: string; your: string; You: string; you: string; them: string };

const WORDS: Record<EligibilityVoice, VoiceWords> = {
  self: { Your: "Your", your: "your", You: "You", you: "you", them: "you" },
  other: { Your: "Their", your: "their", You: "They", you: "they", them: "them" },
};

/** The pronouns eligibility reasons are written with, for one voice. */
export function voiceWords(voice: EligibilityVoice): VoiceWords {
  return WORDS[voice];
}

// The toolbar badge shows the last verdict for the tab it was made in.

const BADGES = Object.freeze({
  scam: { text: "!", color: "#c62828", title: "badgeScam" },
  suspicious: { text: "?", color: "#b26a00", title: "badgeSuspicious" },
  safe: { text: "OK", color: "#2e7d32", title: "badgeSafe" },
});

export async function showVerdict(action, tabId, verdict, t) {
  const badge = BADGES[verdict];
  if (!badge) return clearVerdict(action, tabId, t);
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setTitle({ tabId, title: t(badge.title) }),
  ]);
}

/** Back to the plain button, e.g. when the tab moves to another page or message. */
export async function clearVerdict(action, tabId, t) {
  await Promise.all([action.setBadgeText({ tabId, text: "" }), action.setTitle({ tabId, title: t("actionTitle") })]);
}

namespace SocialErp.Modules.Journal.Notifications;

/// <summary>The body the SMS gateway receives: <c>{ "to": "+41…", "text": "…" }</c>.</summary>
internal sealed record SmsPasserelle(string To, string Text);

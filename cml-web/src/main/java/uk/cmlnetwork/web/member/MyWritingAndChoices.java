package uk.cmlnetwork.web.member;

import java.util.List;
import java.util.Map;
import uk.cmlnetwork.advice.Answer;
import uk.cmlnetwork.advice.Experience;
import uk.cmlnetwork.advice.Question;
import uk.cmlnetwork.news.Frequency;
import uk.cmlnetwork.news.NewsKind;
import uk.cmlnetwork.post.Post;
import uk.cmlnetwork.shared.Topic;

/** What a member wrote (blog posts, questions, answers) and chose (experience, topics followed, emails). */
public record MyWritingAndChoices(List<Post> posts, List<Question> questions, List<Answer> answers, Experience experience,
                                  List<Topic> topicsFollowed, Map<NewsKind, Frequency> emailChoices) {
}
